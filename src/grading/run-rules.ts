// Grading rules that are not the CP8 rule or the answer budget, recorded on every run
// (`options.rules`) so a report says which ones its figures were made under and a run is never
// finished under different ones. Runs recorded before a rule existed read as the rule they were made
// under.
import type { RunRecord } from '../store/records.js';
import { BUDGET_ENCODING, DEFAULT_BUDGET, type Budget } from './budget.js';

/** CP7 reads a convergence set only within this many answer budgets. */
export const CONVERGENCE_BUDGET_FACTOR = 2;

export interface RunRules {
  /** o200k tokens of the convergence set CP7 reads; null: the whole set (runs before the convergence budget). */
  convergenceBudget: number | null;
  /**
   * The clock end-of-run questions carry: `run-now`, one clock for every story (the latest any story
   * reaches); `story`, each story's own (runs before the shared clock).
   */
  endOfRunClock: 'run-now' | 'story';
  /** CP10 counts the forms of one emotion word as one ("relief" = "relieved"); false: exact words only (runs before). */
  emotionForms: boolean;
}

/** The convergence budget of a run graded within `budget`: twice the answer budget (twice the default when unbudgeted). */
export const convergenceBudgetFor = (budget: Budget): number => CONVERGENCE_BUDGET_FACTOR * (budget ?? DEFAULT_BUDGET);

/** The rules a run started now is made under. */
export function currentRules(budget: Budget): RunRules {
  return { convergenceBudget: convergenceBudgetFor(budget), endOfRunClock: 'run-now', emotionForms: true };
}

const BEFORE_RULES: RunRules = { convergenceBudget: null, endOfRunClock: 'story', emotionForms: false };

/** The rules a stored run was made under. */
export function recordedRules(run: Pick<RunRecord, 'options'>): RunRules {
  const rules = run.options.rules as Partial<RunRules> | undefined;
  return {
    convergenceBudget: typeof rules?.convergenceBudget === 'number' ? rules.convergenceBudget : BEFORE_RULES.convergenceBudget,
    endOfRunClock: rules?.endOfRunClock === 'run-now' ? 'run-now' : BEFORE_RULES.endOfRunClock,
    emotionForms: typeof rules?.emotionForms === 'boolean' ? rules.emotionForms : BEFORE_RULES.emotionForms,
  };
}

export const sameRules = (a: RunRules, b: RunRules) =>
  a.convergenceBudget === b.convergenceBudget && a.endOfRunClock === b.endOfRunClock && a.emotionForms === b.emotionForms;

export const describeConvergenceBudget = (rules: RunRules) =>
  rules.convergenceBudget === null
    ? 'none: the whole convergence set (recorded before the convergence budget)'
    : `${rules.convergenceBudget} tokens of the convergence set (${BUDGET_ENCODING}; ${CONVERGENCE_BUDGET_FACTOR} × the answer budget)`;

export const describeEndOfRunClock = (rules: RunRules) =>
  rules.endOfRunClock === 'run-now'
    ? "one clock for every story: the run's now (the latest any story reaches)"
    : "each story's own (recorded before the shared clock: it tells a layer which story a question is from)";

export const describeEmotionMatch = (rules: RunRules) =>
  rules.emotionForms
    ? 'one of the annotated emotions, any form of the word (relief = relieved)'
    : 'one of the annotated emotions, the same word (recorded before word forms counted)';
