// Number formatting shared by the reporters.
import { roundIntervalOutward } from '../stats/wilson.js';
import type { RunRecord } from '../store/records.js';
import type { Rate, RunSummary } from './summary.js';
import { DEFAULT_BUDGET, describeBudget } from '../grading/budget.js';
import { describeConvergenceBudget, describeEmotionMatch, describeEndOfRunClock, recordedRules } from '../grading/run-rules.js';

export function percent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)}%`;
}

/** "43/50 86.0% [73.8, 93.1]" — the interval rounded outward so it never claims more precision. */
export function formatRate(r: Rate | undefined): string {
  if (!r) return '—';
  if (r.total === 0) return '0/0';
  const [low, high] = roundIntervalOutward(r.wilson95, 3);
  return `${r.passed}/${r.total} ${percent(r.rate)} [${(low * 100).toFixed(1)}, ${(high * 100).toFixed(1)}]`;
}

/** The facts every report states so its numbers can be reproduced. */
export function provenanceLines(run: RunRecord): Array<[string, string]> {
  return [
    ['run', `${run.id} (${run.status})`],
    [
      'adapter',
      `${run.adapterName}@${run.adapterVersion}${Object.keys(run.adapterConfig).length ? ` ${JSON.stringify(run.adapterConfig)}` : ''}`,
    ],
    ['mode / scope', `${run.mode} / ${run.scope}`],
    ['grading rule', `${run.grading} (headline)${run.grading === 'strict' ? '' : '; strict (ATANT v1.0) reported beside it'}`],
    [
      'answer budget',
      run.budget === undefined ? `${DEFAULT_BUDGET} tokens (o200k; default, not recorded by this run)` : describeBudget(run.budget),
    ],
    ['CP7 budget', describeConvergenceBudget(recordedRules(run))],
    ['CP10 emotion', describeEmotionMatch(recordedRules(run))],
    ...(run.mode === 'cumulative' ? ([['end-of-run clock', describeEndOfRunClock(recordedRules(run))]] as Array<[string, string]>) : []),
    ...(run.label ? ([['label', run.label]] as Array<[string, string]>) : []),
    ['corpus', `${run.corpusPath} (${run.storyCount} stories, sha256 ${run.corpusHash.slice(0, 16)})`],
    ['harness', `threadline ${run.harnessVersion}`],
    ['LLM in the loop', run.llmInLoop ? 'yes (assisted)' : 'no'],
    ['started / ended', `${run.startedAt} / ${run.endedAt ?? '—'}`],
  ];
}

const within = (s: RunSummary) => (s.budget.tokens === null ? 'unbudgeted' : `within ${s.budget.tokens} tokens`);

/**
 * Compliance by ATANT v1.0's letter and within the budget, in words; a tier that exists only
 * without the budget says so.
 */
export function complianceWords(s: RunSummary): string {
  const letter = s.compliance;
  const budgeted = s.complianceBudgeted;
  if (!letter.level) return letter.note;
  const byLetter = `${letter.note} by ATANT v1.0's letter (strict, whole answer, ${percent(s.atant.rate)})`;
  if (letter.tier && !budgeted.tier)
    return `${byLetter} — only without the budget: ${within(s)} (${s.headline.rule}, ${percent(s.questionsBudgeted.rate)}) no tier`;
  return `${byLetter}; ${within(s)} (${s.headline.rule}, ${percent(s.questionsBudgeted.rate)}): ${budgeted.note}`;
}
