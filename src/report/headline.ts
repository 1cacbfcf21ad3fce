// Threadline's headline: the number the leaderboard ranks by. In cumulative mode it pools every
// time a question was asked — right after its story and again at the end of the run (the
// unambiguous ones) — graded by the run's rule within the answer budget. A layer that keeps only
// recent turns passes the first asking and fails the second; a layer that dumps everything fails
// both within the budget. In isolated mode it is the budgeted pass rate of the questions.
import type { Budget } from '../grading/budget.js';
import type { RunMode } from '../store/records.js';
import { rate, type Rate } from './rates.js';

export interface Headline extends Rate {
  rule: string;
  budget: Budget;
  /** What was pooled, in words. */
  basis: string;
  immediate: Rate;
  /** Cumulative mode: end-of-run retention over the unambiguous final questions. */
  retention: Rate | null;
  /** Scope none: final questions another story asks in the same words, left out of retention. */
  ambiguousAtEnd: number;
}

export function headline(mode: RunMode, rule: string, budget: Budget, immediate: Rate, retention: Rate | null, ambiguousAtEnd: number): Headline {
  const pooled = mode === 'cumulative' && retention ? rate(immediate.passed + retention.passed, immediate.total + retention.total) : immediate;
  const within = budget === null ? 'unbudgeted' : `within ${budget} tokens`;
  const basis =
    mode === 'cumulative' && retention
      ? `${rule}, ${within}: questions asked right after their story and again at the end of the run, pooled`
      : `${rule}, ${within}: questions asked right after their story`;
  return { ...pooled, rule, budget, basis, immediate, retention, ambiguousAtEnd };
}
