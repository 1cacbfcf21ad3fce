// Threadline's headline: the number the leaderboard ranks by, graded by the run's rule within the
// answer budget. In cumulative mode it is the share of final questions a layer answers both right
// after their story and again at the end of the run (leaving out those another story asks in the
// same words): a fact counts only when it was recalled when told and is still recalled after
// every other story went in. A recency buffer passes the first asking and fails the second; a
// layer that hands back everything it holds fails both within the budget. Pooling or averaging
// the two askings instead lets a recency buffer win on corpora of short stories (see README). In
// isolated mode the headline is the budgeted pass rate of the questions.
import type { Budget } from '../grading/budget.js';
import type { RunMode } from '../store/records.js';
import type { Rate } from './rates.js';

export interface Headline extends Rate {
  rule: string;
  budget: Budget;
  /** What the rate counts, in words. */
  basis: string;
  /** Questions asked right after their story (and mid-story), within the budget. */
  immediate: Rate;
  /** Cumulative mode: end-of-run retention over the unambiguous final questions, within the budget. */
  retention: Rate | null;
  /** Scope none: final questions another story asks in the same words, left out of retention. */
  ambiguousAtEnd: number;
}

export function headline(
  mode: RunMode,
  rule: string,
  budget: Budget,
  immediate: Rate,
  retention: Rate | null,
  both: Rate | null,
  ambiguousAtEnd: number,
): Headline {
  const within = budget === null ? 'whole answer' : `within ${budget} tokens`;
  if (mode === 'cumulative' && retention && both) {
    const basis = `${rule}, ${within}: final questions answered both right after their story and at the end of the run${ambiguousAtEnd ? ` (${ambiguousAtEnd} ambiguous at the end left out)` : ''}`;
    return { ...both, rule, budget, basis, immediate, retention, ambiguousAtEnd };
  }
  return {
    ...immediate,
    rule,
    budget,
    basis: `${rule}, ${within}: questions asked right after their story`,
    immediate,
    retention,
    ambiguousAtEnd,
  };
}
