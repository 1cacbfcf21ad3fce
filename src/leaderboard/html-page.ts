// results/index.html: one self-contained page (inline CSS, inline SVG charts, one small inline
// script allowed by hash, no network). Every string from a run record goes through escapeHtml.
import { HARNESS_VERSION } from '../version.js';
import { LEGEND } from './cell.js';
import { accuracyCostChart, budgetCurveChart, retentionChart } from './charts.js';
import { headlineSection } from './headline-section.js';
import { escapeHtml } from '../text/markup.js';
import { renderTable } from './html-table.js';
import type { Leaderboard } from './leaderboard.js';
import type { LeaderboardRow } from './row.js';
import { SORT_SCRIPT, SORT_SCRIPT_HASH } from './sort-script.js';
import { STYLES } from './styles.js';
import { ABOUT, HEADLINE_WHY, rowsNote } from './wording.js';

const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SORT_SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

const fact = (term: string, value: string, note?: string) =>
  `<div><dt>${escapeHtml(term)}</dt><dd>${value}${note ? `<small>${note}</small>` : ''}</dd></div>`;

function facts(board: Leaderboard): string {
  const { corpus, efficiency } = board;
  const rules = board.gradingRules.map((r) => `<strong>${escapeHtml(r.name)}</strong>`).join(', ');
  const ruleNotes = board.gradingRules.map((r) => escapeHtml(r.description)).join('<br>');
  return `<dl class="facts">
${fact('Corpus', `<code title="${escapeHtml(corpus.hash)}">sha256 ${escapeHtml(corpus.hash.slice(0, 16))}</code>`, `${escapeHtml(corpus.paths.join(', '))} · ${escapeHtml(corpus.storyCounts.join(', '))} stories`)}
${fact('Grading rule', rules, ruleNotes)}
${fact('Rows', `${board.rows.length} ${board.rows.length === 1 ? 'row' : 'rows'}`, escapeHtml(rowsNote(board)))}
${fact('Cost model', `PTE · <code>${escapeHtml(efficiency.gammaProfile)}</code>`, `${escapeHtml(efficiency.encoding)} tokens, declared answer length ${efficiency.answerTokens} tokens`)}
</dl>`;
}

function notices(board: Leaderboard): string {
  const lenient = board.gradingRules.filter((r) => r.name !== 'strict' && r.name !== 'number-aware');
  if (lenient.length === 0) return '';
  return `<p class="notice" role="note">Some rows were graded with ${lenient.map((r) => `<strong>${escapeHtml(r.name)}</strong>`).join(', ')}, not the strict ATANT v1.0 rule; compare them with care (see the Grading column).</p>`;
}

function legend(): string {
  const items = Object.entries(LEGEND).map(
    ([mark, meaning]) => `<li><span class="key">${escapeHtml(mark)}</span><span>${escapeHtml(meaning)}</span></li>`,
  );
  items.push(
    '<li><span class="key"></span><span><span class="swatch hi"></span>≥ 90% <span class="swatch mid"></span>50–89% <span class="swatch lo"></span>&lt; 50% pass rate</span></li>',
  );
  items.push(
    '<li><span class="key">P1–P7</span><span>continuity properties: P1 re-asks every question through a restarted instance (an in-memory layer fails it), P6 through a second configuration reading the same store; hover a chip or open Config for the evidence</span></li>',
  );
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

function chartCard(id: string, title: string, note: string, svg: string | null, empty: string, wide = false): string {
  const body = svg ?? `<p class="empty">${escapeHtml(empty)}</p>`;
  return `<figure class="card${wide ? ' wide' : ''}" id="${id}" aria-labelledby="${id}-title"><figcaption><h3 id="${id}-title">${escapeHtml(title)}</h3><p>${escapeHtml(note)}</p></figcaption><div class="chart">${body}</div></figure>`;
}

function otherCorpora(board: Leaderboard): string {
  if (board.otherCorpora.length === 0) return '';
  const list = board.otherCorpora
    .map((o) => `<code>${escapeHtml(o.corpusHash.slice(0, 12))}</code> (${o.runs} ${o.runs === 1 ? 'run' : 'runs'})`)
    .join(', ');
  return `<p>Other corpora in this results store are not mixed in: ${list}. Render one with <code>threadline leaderboard --corpus-hash &lt;prefix&gt;</code>.</p>`;
}

export interface PageOptions {
  /** Link each row to its drill-down page (runs/<run-id>.html), when those pages are written beside it. */
  drillDowns?: boolean;
}

export const drillDownPath = (runId: string) => `runs/${encodeURIComponent(runId)}.html`;

export async function renderLeaderboardHtml(board: Leaderboard, options: PageOptions = {}): Promise<string> {
  const [budget, accuracy, retention] = await Promise.all([budgetCurveChart(board), accuracyCostChart(board), retentionChart(board)]);
  const links = { drillDown: (row: LeaderboardRow) => (options.drillDowns === false ? null : drillDownPath(row.run.id)) };
  const caption = `One row per ${board.latestOnly ? 'labelled run of an adapter × mode × scope' : 'complete run'}; reference baselines are listed apart. Select a column heading to sort within each group.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="threadline ${escapeHtml(HARNESS_VERSION)}">
<title>Threadline leaderboard · corpus ${escapeHtml(board.corpus.hash.slice(0, 12))}</title>
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#results">Skip to the results</a>
<header class="masthead">
<div class="wrap">
<p class="eyebrow">Threadline · continuity benchmark for AI memory layers</p>
<h1>Leaderboard</h1>
<p class="lede">${escapeHtml(ABOUT)}</p>
<p class="lede">${escapeHtml(HEADLINE_WHY)}</p>
${facts(board)}
${notices(board)}
</div>
</header>
<main class="wrap">
${headlineSection(board, links.drillDown)}
<section id="results" aria-labelledby="results-title">
<h2 id="results-title">All results</h2>
<p class="section-note">Grouped by mode and scope, ranked by the headline; hover a cell for counts and evidence, open a row\u2019s “questions” for every question it was asked.</p>
<div class="table-scroll" role="region" aria-labelledby="results-title" tabindex="0">
${renderTable(board.rows, caption, links)}
</div>
${legend()}
</section>
<section class="charts" aria-label="Charts">
${chartCard('budget-curve', 'The budget curve', 'Cumulative runs: CP8 pass rate when only the first B tokens of each answer are graded, from 32 tokens to the whole answer (unbudgeted, the ATANT v1.0 rule). A layer that returns everything it holds passes only at the right-hand end. Reference baselines are dashed.', budget, 'No cumulative run records a budget curve.', true)}
${chartCard('accuracy-cost', 'Accuracy against cost', 'Headline pass rate against PTE per passed question (log scale): up and to the left is better. One point per row; shape gives the mode, grey marks a reference baseline. A name that fits nowhere near its point is left out rather than drawn away from it.', accuracy, 'No row has a passed question, so there is no cost per pass to plot.', true)}
${chartCard('retention', 'Retention under load', 'Cumulative runs, one panel per system (in colour, every other system in grey behind it): end-of-run pass rate (0–100%, vertical) of each story\u2019s final questions by how many stories were ingested after it. Neighbouring distances are pooled into at most 15 bins.', retention, 'No cumulative run over this corpus: run with --mode cumulative to see retention under load.', true)}
</section>
<section class="provenance" aria-labelledby="provenance-title">
<h2 id="provenance-title">Provenance</h2>
<p>Computed from the results store only, so every row can be re-rendered: <code>threadline report &lt;run&gt;</code> shows a row’s full report, including per-question outcomes. Each row names its run, adapter version and configuration, grading rule, corpus hash, harness version and date.</p>
${otherCorpora(board)}
</section>
</main>
<footer><div class="wrap">Generated ${escapeHtml(board.generatedAt)} by <code>threadline leaderboard</code> (threadline ${escapeHtml(HARNESS_VERSION)}).</div></footer>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
