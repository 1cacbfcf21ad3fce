// A run's drill-down page: every question it was asked, what came back (the budgeted part marked,
// the expected keywords highlighted), where it first failed and which violation it showed, with
// filters that work from a file on disk. Self-contained: inline CSS, one inline script allowed by
// hash, no network. Everything from the run record or the adapter is escaped.
import { escapeHtml } from '../../text/markup.js';
import type { RunRecord, StoredRun } from '../../store/records.js';
import { HARNESS_VERSION } from '../../version.js';
import { describeEndOfRunClock, recordedRules } from '../../grading/run-rules.js';
import { atantRate, budgetedRetention, budgetTokens, headline } from '../budget-fields.js';
import { formatRate, percent } from '../format.js';
import type { RunSummary } from '../summary.js';
import { BASE_STYLES } from './base-styles.js';
import { drillRows, type DrillRow, type DrillRowOutline } from './drilldown-rows.js';
import { DRILLDOWN_STYLES } from './drilldown-styles.js';
import { FILTER_SCRIPT, FILTER_SCRIPT_HASH } from './filter-script.js';

/** The budget the drill-down marks when a run recorded none (the harness default). */
export const DEFAULT_DRILLDOWN_BUDGET = 128;

const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src '${FILTER_SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

export interface DrillDownOptions {
  /** Link back to the leaderboard page. */
  backHref?: string;
}

const VIOLATION_NAMES: Record<string, string> = {
  contamination: 'cross-story contamination',
  'tenant-leak': 'tenant leak',
  'gk-leak': 'general-knowledge leak',
  stale: 'stale value',
  forgetting: 'forgotten by the end',
};
const violationName = (kind: string) => VIOLATION_NAMES[kind] ?? kind;

const outcomeBadge = (outcome: string, label = outcome) => `<span class="o o-${escapeHtml(outcome)}">${escapeHtml(label)}</span>`;

function select(name: string, label: string, options: Array<[string, string]>): string {
  const opts = options.map(([value, text]) => `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`).join('');
  return `<label>${escapeHtml(label)} <select data-filter="${name}"><option value="">all</option>${opts}</select></label>`;
}

const uniqueSorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

function filters(rows: readonly Omit<DrillRowOutline, 'seq'>[], budget: number): string {
  const stories = new Map(rows.map((r) => [r.storyId, r.storyName]));
  return `<form class="filters" aria-label="Filters">
${select('outcome', 'Outcome', [
  ['pass', 'passed (ATANT v1.0)'],
  ['fail', 'failed'],
  ['error', 'adapter error'],
  ['budget-pass', `passed within ${budget} tokens`],
  ['budget-fail', `passed only beyond ${budget} tokens`],
])}
${select(
  'phase',
  'Phase',
  uniqueSorted(rows.map((r) => r.phase)).map((p) => [p, p]),
)}
${select(
  'story',
  'Story',
  [...stories].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([id, name]) => [id, `${id}: ${name}`]),
)}
${select(
  'domain',
  'Domain',
  uniqueSorted(rows.map((r) => r.domain)).map((d) => [d, d]),
)}
${select(
  'property',
  'Property',
  uniqueSorted(rows.flatMap((r) => r.properties)).map((p) => [p, p]),
)}
${select(
  'checkpoint',
  'First failing checkpoint',
  uniqueSorted(rows.flatMap((r) => (r.firstFailure ? [r.firstFailure.checkpoint] : []))).map((c) => [c, c]),
)}
${select(
  'violation',
  'Violation',
  uniqueSorted(rows.flatMap((r) => r.violations.map((v) => v.kind))).map((k) => [k, violationName(k)]),
)}
<button type="button" id="reset">Clear filters</button>
<p class="count"><span id="shown">${rows.length}</span> of ${rows.length} questions shown</p>
</form>`;
}

function keywords(row: DrillRow): string {
  return row.expected
    .map((k) => {
      const found = row.matchedInBudget.includes(k);
      return `<span class="kw ${found ? 'kw-hit' : 'kw-miss'}">${escapeHtml(k)}</span>`;
    })
    .join('');
}

function why(row: DrillRow): string {
  const parts: string[] = [];
  if (row.firstFailure)
    parts.push(`<p><b>${escapeHtml(row.firstFailure.checkpoint)}</b> first failed: ${escapeHtml(row.firstFailure.reason)}</p>`);
  else if (row.outcome !== 'pass' && row.reason) parts.push(`<p>${escapeHtml(row.reason)}</p>`);
  for (const v of row.violations) {
    const whose = v.canary && v.canaryStory && !v.detail.includes(v.canary) ? ` — "${v.canary}" from story ${v.canaryStory}` : '';
    parts.push(
      `<p class="viol"><b>${escapeHtml(violationName(v.kind))}</b>${v.phase ? ` (${escapeHtml(v.phase)})` : ''}: ${escapeHtml(v.detail + whose)}</p>`,
    );
  }
  return parts.join('');
}

function later(row: DrillRow): string {
  return row.later
    .map(
      (l) =>
        `<div class="later">${escapeHtml(l.phase.replace('probe:', 'after '))}: ${outcomeBadge(l.outcome)}${l.answerHtml ? `<div class="answer small">${l.answerHtml}</div>` : ''}</div>`,
    )
    .join('');
}

function rowHtml(row: DrillRow): string {
  const data = [
    ['outcome', row.outcome],
    ['budget', row.budgetOutcome],
    ['phase', row.phase],
    ['story', row.storyId],
    ['domain', row.domain],
    ['property', row.properties.join(' ')],
    ['checkpoint', row.firstFailure?.checkpoint ?? ''],
    ['violation', [...new Set(row.violations.map((v) => v.kind))].join(' ')],
  ]
    .map(([k, v]) => `data-${k}="${escapeHtml(v)}"`)
    .join(' ');
  const budgetNote =
    row.outcome === 'pass' && row.budgetOutcome === 'fail'
      ? outcomeBadge('fail', 'fails within budget')
      : row.budgetOutcome === 'pass'
        ? outcomeBadge('pass', 'within budget')
        : '';
  return `<tr ${data}>
<td class="story"><b>${escapeHtml(row.storyId)}</b> ${escapeHtml(row.storyName)}<span class="d">${escapeHtml(row.domain)}${row.properties.length ? ` · ${escapeHtml(row.properties.join(' '))}` : ''}</span></td>
<td class="q"><span class="phase">${escapeHtml(row.phase)}</span> ${escapeHtml(row.question)}<div class="kws">${keywords(row)}</div></td>
<td class="answer">${row.answerHtml}</td>
<td class="outcome">${outcomeBadge(row.outcome)}${budgetNote}${later(row)}</td>
<td class="why">${why(row)}</td>
</tr>`;
}

function facts(run: RunRecord, summary: RunSummary, budget: number, recorded: boolean): string {
  const h = headline(summary);
  const r = budgetedRetention(summary);
  const items: Array<[string, string]> = [
    ['Headline', `${formatRate(h)} — ${h.rule}`],
    ['ATANT v1.0 (strict, whole answer)', `${formatRate(atantRate(summary))} · ${summary.compliance.note}`],
    ['End-of-run retention', r ? `${formatRate(r)} · clock: ${describeEndOfRunClock(recordedRules(run))}` : 'n/a (isolated mode)'],
    [
      'Answer budget marked',
      recorded
        ? `${budget} tokens (o200k), as recorded with the run`
        : `${budget} tokens (o200k), the default: this run recorded no budget`,
    ],
    ['Adapter', `${run.adapterSpec} @ ${run.adapterVersion} ${JSON.stringify(run.adapterConfig)}`],
    ['Mode / scope', `${run.mode} / ${run.scope}`],
    ['Corpus', `${run.corpusPath} · ${run.storyCount} stories · sha256 ${run.corpusHash.slice(0, 16)}`],
    ['Trajectory-safe stories', percent(summary.trajectory.safeRate)],
  ];
  return `<dl class="facts">${items.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

function violationSummary(summary: RunSummary): string {
  const counts = Object.entries(summary.trajectory.counts).filter(([, c]) => c.total > 0);
  if (counts.length === 0) return '';
  return `<p class="viol-summary">Violations: ${counts.map(([k, c]) => `${escapeHtml(violationName(k))} ${c.violations}/${c.total}`).join(' · ')}</p>`;
}

export function renderDrillDownHtml(stored: StoredRun, summary: RunSummary, options: DrillDownOptions = {}): string {
  const budget = drillDownBudget(summary);
  const rows = drillRows(stored, summary, budget);
  return [...drillDownChunks(stored.run, summary, rows, rows, options)].join('');
}

/** The budget a drill-down marks: the run's, or the harness default when it recorded none. */
export const drillDownBudget = (summary: RunSummary) => budgetTokens(summary) ?? DEFAULT_DRILLDOWN_BUDGET;

/**
 * The page in chunks: `outlines` (every row without its answer) set up the filters, and `rows`
 * (the same rows, in the same order, answers read) are rendered one at a time as they come.
 */
export function* drillDownChunks(
  run: RunRecord,
  summary: RunSummary,
  outlines: readonly Omit<DrillRowOutline, 'seq'>[],
  rows: Iterable<DrillRow>,
  options: DrillDownOptions = {},
): Generator<string> {
  const recorded = budgetTokens(summary);
  const budget = recorded ?? DEFAULT_DRILLDOWN_BUDGET;
  const title = `${run.adapterName} ${run.mode}/${run.scope} · run ${run.id}`;
  const back = options.backHref ? `<a class="back" href="${escapeHtml(options.backHref)}">← leaderboard</a>` : '';
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="threadline ${escapeHtml(HARNESS_VERSION)}">
<title>${escapeHtml(title)} · Threadline questions</title>
<style>${BASE_STYLES}${DRILLDOWN_STYLES}</style>
</head>
<body>
<header class="top"><div class="wrap">
${back}
<h1>${escapeHtml(run.adapterName)} <span class="sub">${escapeHtml(`${run.mode}/${run.scope}`)} · run <code>${escapeHtml(run.id)}</code></span></h1>
${facts(run, summary, budget, recorded !== null)}
${violationSummary(summary)}
<p class="hint">Each answer shows the part graded within the budget (<span class="budgeted">shaded</span>), expected keywords <mark>marked</mark>, and the start of anything beyond it (<span class="beyond">faded</span>). Later asks of the same question (end-of-run retention, after a restart, through a second configuration) are listed under the outcome.</p>
</div></header>
<main class="wrap">
${filters(outlines, budget)}
<table class="questions-table">
<colgroup><col class="c-story"><col class="c-q"><col class="c-a"><col class="c-o"><col class="c-w"></colgroup>
<thead><tr><th scope="col">Story</th><th scope="col">Question and expected keywords</th><th scope="col">Answer</th><th scope="col">Outcome</th><th scope="col">Why</th></tr></thead>
<tbody class="questions">
`;
  let first = true;
  for (const row of rows) {
    yield first ? rowHtml(row) : `\n${rowHtml(row)}`;
    first = false;
  }
  yield `
</tbody>
</table>
</main>
<footer class="wrap">Generated by <code>threadline report ${escapeHtml(run.id)} --format html</code> (threadline ${escapeHtml(HARNESS_VERSION)}). Full answers: <code>threadline report ${escapeHtml(run.id)} --format json</code>.</footer>
<script>${FILTER_SCRIPT}</script>
</body>
</html>
`;
}
