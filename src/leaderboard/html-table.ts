// The leaderboard table as accessible HTML: grouped headings, a row header per system, sortable
// columns (with the inline script), and every cell's text escaped.
import type { Cell } from './cell.js';
import { COLUMNS, type Column } from './columns.js';
import { escapeHtml } from '../text/markup.js';
import type { LeaderboardRow } from './row.js';

const NUMERIC_GROUPS = new Set(['Score', 'Safety & cost', 'Checkpoints', 'Properties']);
const isNumeric = (c: Column) => NUMERIC_GROUPS.has(c.group) && c.id !== 'compliance';

function groupHeadings(): string {
  const spans: Array<{ group: string; span: number }> = [];
  for (const c of COLUMNS) {
    const last = spans[spans.length - 1];
    if (last?.group === c.group) last.span++;
    else spans.push({ group: c.group, span: 1 });
  }
  return spans.map((s, i) => `<th scope="colgroup" colspan="${s.span}"${i > 0 ? ' class="gs"' : ''}>${escapeHtml(s.group)}</th>`).join('');
}

function columnHeading(c: Column): string {
  const type = isNumeric(c) || c.id === 'compliance' ? 'number' : 'text';
  return `<th scope="col" class="${columnClasses(c)}" data-type="${type}"><button type="button" title="${escapeHtml(c.description)}">${escapeHtml(c.label)}<span class="sort-icon" aria-hidden="true"></span></button></th>`;
}

/** Columns that open a group get a divider on their left. */
const GROUP_STARTS = new Set(COLUMNS.filter((c, i) => i > 0 && COLUMNS[i - 1].group !== c.group).map((c) => c.id));
const columnClasses = (c: Column) => `c-${c.id}${GROUP_STARTS.has(c.id) ? ' gs' : ''}${isNumeric(c) ? ' num' : ''}`;

const rateClass = (rate: number | undefined) => (rate === undefined ? '' : rate >= 0.9 ? ' r-hi' : rate >= 0.5 ? ' r-mid' : ' r-lo');

/** CP8's pass rate as a bar with its Wilson interval drawn over it. */
function meter(row: LeaderboardRow): string {
  const q = row.summary.questions;
  if (q.total === 0) return '';
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const [low, high] = q.wilson95;
  return `<span class="meter" aria-hidden="true"><span class="fill" style="width:${pct(q.rate)}"></span><span class="ci" style="left:${pct(low)};width:${pct(high - low)}"></span></span>`;
}

function cellHtml(c: Column, cell: Cell, row: LeaderboardRow): string {
  const tag = c.id === 'adapter' ? 'th' : 'td';
  const scope = c.id === 'adapter' ? ' scope="row"' : '';
  const classes = `${columnClasses(c)}${cell.absent ? ' absent' : rateClass(cell.rate)}`;
  const sort = cell.sort === null ? '' : String(cell.sort);
  const title = cell.title ? ` title="${escapeHtml(cell.title)}"` : '';
  const detail = cell.detail ? `<span class="d">${escapeHtml(cell.detail)}</span>` : '';
  const extra = c.id === 'score' ? meter(row) : '';
  const value =
    c.group === 'Provenance'
      ? `<code>${escapeHtml(cell.text)}</code>`
      : c.id === 'mode'
        ? `<span class="pill ${row.run.mode === 'cumulative' ? 'cumulative' : 'isolated'}">${escapeHtml(cell.text)}</span>`
        : escapeHtml(cell.text);
  return `<${tag}${scope} class="${classes}" data-sort="${escapeHtml(sort)}"${title}><span class="v">${value}</span>${extra}${detail}</${tag}>`;
}

export function renderTable(rows: LeaderboardRow[], caption: string): string {
  const body = rows.map((row) => `<tr>${COLUMNS.map((c) => cellHtml(c, c.cell(row), row)).join('')}</tr>`).join('\n');
  return `<table class="board">
<caption>${escapeHtml(caption)}</caption>
<thead><tr class="groups">${groupHeadings()}</tr>
<tr>${COLUMNS.map(columnHeading).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}
