// The leaderboard table as accessible HTML: a row header per system, sortable columns (with the
// inline script), one body per mode/scope with the reference baselines in a body of their own.
import { escapeHtml } from '../text/markup.js';
import { PAGE_COLUMNS, type PageColumn, type RowLinks } from './page-columns.js';
import { modeGroup, modeScope, type LeaderboardRow } from './row.js';

function columnHeading(c: PageColumn): string {
  return `<th scope="col" class="c-${c.id}${c.numeric ? ' num' : ''}" data-type="${c.numeric ? 'number' : 'text'}"><button type="button" title="${escapeHtml(c.description)}">${escapeHtml(c.label)}<span class="sort-icon" aria-hidden="true"></span></button></th>`;
}

function rowHtml(row: LeaderboardRow, links: RowLinks): string {
  const cells = PAGE_COLUMNS.map((c) => {
    const cell = c.cell(row, links);
    const tag = c.id === 'system' ? 'th' : 'td';
    const scope = c.id === 'system' ? ' scope="row"' : '';
    const classes = `c-${c.id}${c.numeric ? ' num' : ''}${cell.classes ? ` ${cell.classes}` : ''}`;
    const title = cell.title ? ` title="${escapeHtml(cell.title)}"` : '';
    return `<${tag}${scope} class="${classes}" data-sort="${escapeHtml(cell.sort === null ? '' : String(cell.sort))}"${title}>${cell.html}</${tag}>`;
  });
  return `<tr class="${row.reference ? 'ref' : 'ranked'}" data-run="${escapeHtml(row.run.id)}">${cells.join('')}</tr>`;
}

const GROUP_NOTES: Record<string, string> = {
  'cumulative/none': 'cumulative · one store for every story: the headline mode',
  'cumulative/story': 'cumulative · scope story: a tenant id per story (leaks are security findings)',
  'isolated/none': 'isolated · state cleared before each story',
  'isolated/story': 'isolated · scope story',
};

/** Bodies in order: per mode/scope, ranked systems then reference baselines. */
function bodies(rows: LeaderboardRow[], links: RowLinks): string[] {
  const out: string[] = [];
  const groups = [...new Set(rows.map((r) => modeGroup(r)))].sort((a, b) => a - b);
  for (const g of groups) {
    const inGroup = rows.filter((r) => modeGroup(r) === g);
    const name = modeScope(inGroup[0].run);
    for (const reference of [false, true]) {
      const part = inGroup.filter((r) => r.reference === reference);
      if (part.length === 0) continue;
      const heading = reference
        ? `${name} · reference baselines, not ranked: no memory, everything, a recency buffer, the prior`
        : (GROUP_NOTES[name] ?? name);
      out.push(
        `<tbody class="${reference ? 'refs' : 'ranked'}"><tr class="group"><th scope="rowgroup" colspan="${PAGE_COLUMNS.length}">${escapeHtml(heading)}</th></tr>\n${part.map((r) => rowHtml(r, links)).join('\n')}\n</tbody>`,
      );
    }
  }
  return out;
}

export function renderTable(rows: LeaderboardRow[], caption: string, links: RowLinks): string {
  return `<table class="board">
<caption>${escapeHtml(caption)}</caption>
<colgroup>${PAGE_COLUMNS.map((c) => `<col class="c-${c.id}">`).join('')}</colgroup>
<thead><tr>${PAGE_COLUMNS.map(columnHeading).join('')}</tr></thead>
${bodies(rows, links).join('\n')}
</table>`;
}
