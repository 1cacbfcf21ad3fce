// The regression gate's verdict in Markdown, for a pull request or $GITHUB_STEP_SUMMARY.
import type { Comparison, PairedQuestion } from '../compare/compare.js';
import { markdownCell as cell } from '../text/markup.js';
import { percent } from './format.js';

const LISTED = 50;

export function renderComparisonMarkdown(c: Comparison): string {
  const side = (label: string, s: Comparison['a']) =>
    `| ${label} | ${cell(s.run.id)} | ${cell(`${s.run.adapterName}@${s.run.adapterVersion}`)} | ${s.run.mode}/${s.run.scope} | ${s.passed}/${s.total} (${percent(s.rate)}) |`;
  const verdict = c.significantlyWorse
    ? `**B is significantly worse than A** (exact McNemar p = ${c.pValue.toFixed(4)} < α = ${c.alpha})`
    : `No significant regression (exact McNemar p = ${c.pValue.toFixed(4)}, α = ${c.alpha})`;
  const out = [
    '## Threadline: regression gate',
    '',
    verdict,
    '',
    '| | run | adapter | mode/scope | questions passed |',
    '|---|---|---|---|---|',
    side('A (baseline)', c.a),
    side('B (candidate)', c.b),
    '',
    `Paired questions: ${c.paired}; passed only in A: ${c.onlyA}; passed only in B: ${c.onlyB}. ` +
      `Difference B − A: ${percent(c.difference.estimate)} (95% hierarchical bootstrap [${percent(c.difference.low)}, ${percent(c.difference.high)}]).`,
  ];
  const list = (title: string, qs: PairedQuestion[]) => {
    if (qs.length === 0) return;
    out.push('', `### ${title} (${qs.length})`, '', '| question | phase | A → B |', '|---|---|---|');
    for (const q of qs.slice(0, LISTED)) out.push(`| ${cell(`${q.questionId}: ${q.question}`)} | ${q.phase} | ${q.a} → ${q.b} |`);
    if (qs.length > LISTED) out.push('', `…and ${qs.length - LISTED} more.`);
  };
  list('Newly failing in B', c.newlyFailing);
  list('Newly passing in B', c.newlyPassing);
  return `${out.join('\n')}\n`;
}
