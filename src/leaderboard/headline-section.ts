// The top of the page: the headline ranking (cumulative mode, CP8 within the answer budget) with
// end-of-run retention beside it, and one sentence on why the budget is there.
import { atantRate, budgetedRetention, budgetTokens, headline } from '../report/budget-fields.js';
import { percent } from '../report/format.js';
import { escapeHtml } from '../text/markup.js';
import type { Leaderboard } from './leaderboard.js';
import { modeScope, type LeaderboardRow } from './row.js';

/** The rows the headline ranks: cumulative scope none, else the first mode/scope group there is. */
function headlineRows(board: Leaderboard): LeaderboardRow[] {
  for (const group of ['cumulative/none', 'cumulative/story']) {
    const rows = board.rows.filter((r) => modeScope(r.run) === group);
    if (rows.length > 0) return rows;
  }
  return board.rows.filter((r) => modeScope(r.run) === modeScope(board.rows[0].run));
}

function bar(rate: number, ci: [number, number]): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  return `<span class="hbar" aria-hidden="true"><span class="fill" style="width:${pct(rate)}"></span><span class="ci" style="left:${pct(ci[0])};width:${pct(ci[1] - ci[0])}"></span></span>`;
}

function item(row: LeaderboardRow, rank: number | null, links: (row: LeaderboardRow) => string | null): string {
  const h = headline(row.summary);
  const r = budgetedRetention(row.summary);
  const href = links(row);
  const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(row.system)}</a>` : escapeHtml(row.system);
  return `<li class="${row.reference ? 'ref' : 'ranked'}"><span class="rank">${rank === null ? 'ref' : rank}</span><span class="name">${name}</span>${bar(h.rate, h.wilson95)}<span class="num big" title="${escapeHtml(`${h.passed}/${h.total}, ${h.rule}`)}">${h.total === 0 ? '—' : percent(h.rate)}</span><span class="num" title="end-of-run retention${r ? ` ${r.passed}/${r.total}` : ''}">${r && r.total > 0 ? percent(r.rate) : 'n/a'}</span><span class="num muted" title="ATANT v1.0 strict rule, whole answer">${percent(atantRate(row.summary).rate)}</span></li>`;
}

export function headlineSection(board: Leaderboard, links: (row: LeaderboardRow) => string | null): string {
  if (board.rows.length === 0) return '';
  const rows = headlineRows(board);
  const budgets = [...new Set(rows.map((r) => budgetTokens(r.summary)))];
  const budget = budgets.length === 1 ? budgets[0] : null;
  const group = modeScope(rows[0].run);
  const measure =
    budget === null
      ? 'CP8 pass rate (no answer budget recorded for these runs)'
      : `CP8 pass rate within an answer budget of ${budget} tokens`;
  const ranked = rows.filter((r) => !r.reference);
  const refs = rows.filter((r) => r.reference);
  const why =
    budget === null
      ? 'These runs were recorded without an answer budget, so the headline is the unbudgeted ATANT v1.0 rate; re-run or rescore them with a budget to rank by it.'
      : `Only the first ${budget} tokens of each answer are graded, so a layer that hands back everything it holds cannot pass by the letter; end-of-run retention beside it shows what is still found once every story is in.`;
  return `<section id="headline" aria-labelledby="headline-title">
<h2 id="headline-title">Headline: ${escapeHtml(group)}, ${escapeHtml(measure)}</h2>
<p class="section-note">${escapeHtml(why)}</p>
<div class="podium">
<div class="podium-head" aria-hidden="true"><span></span><span>system</span><span>headline · 95% CI</span><span class="num">headline</span><span class="num">retention</span><span class="num">ATANT v1.0</span></div>
<ol class="ranked">${ranked.map((r, i) => item(r, i + 1, links)).join('')}</ol>
${refs.length > 0 ? `<p class="ref-note">Reference baselines (not ranked)</p><ol class="refs">${refs.map((r) => item(r, null, links)).join('')}</ol>` : ''}
</div>
</section>`;
}
