// Every grade a report needs for one stored run, computed once per answer: the run's rule within
// the answer budget, the budget curve, and ATANT v1.0's letter (strict, unbudgeted). Each answer is
// tokenised once (src/grading/budget.ts) and every budget is a prefix of that one pass.
import { BUDGET_CURVE, DEFAULT_BUDGET, type Budget } from './budget.js';
import { GRADING_RULES, gradingRule, type GradingRule } from './rules.js';
import type { QuestionRecord, StoredRun } from '../store/records.js';
import { isGraded } from './graded.js';

export interface QuestionGrades {
  record: QuestionRecord;
  /** The part of the answer the budget lets a reader see (the whole answer when unbudgeted). */
  budgetedAnswer: string;
  /** The run's rule within the run's budget. */
  budgetedPass: boolean;
  /** The run's rule on the whole answer (the stored outcome). */
  unbudgetedPass: boolean;
  /** ATANT v1.0: strict, whole answer. */
  strictPass: boolean;
  /** The run's rule at each budget of BUDGET_CURVE, then unbudgeted. */
  curvePasses: boolean[];
}

export interface RunGrades {
  rule: GradingRule;
  budget: Budget;
  /** Final, mid, retention and trap questions, in stored order. */
  questions: QuestionGrades[];
  byRecord: Map<QuestionRecord, QuestionGrades>;
}

/** The budget a stored run is graded with: its own, or the default for runs made before budgets existed. */
export const runBudget = (stored: StoredRun): Budget => (stored.run.budget === undefined ? DEFAULT_BUDGET : stored.run.budget);

const gradedPhase = (q: QuestionRecord) => isGraded(q) || q.phase === 'retention' || q.phase === 'trap';

export async function gradeRun(stored: StoredRun, budget: Budget = runBudget(stored)): Promise<RunGrades> {
  const grader = await questionGrader(stored.run.grading, budget);
  const questions: QuestionGrades[] = [];
  for (const record of stored.questions) {
    const grades = grader.grade(record);
    if (grades) questions.push(grades);
  }
  return { rule: grader.rule, budget, questions, byRecord: new Map(questions.map((g) => [g.record, g])) };
}

export interface QuestionGrader {
  rule: GradingRule;
  budget: Budget;
  /** The grades of one question record (undefined for a phase that is not graded: a probe). */
  grade(record: QuestionRecord): QuestionGrades | undefined;
}

/** Grades question records one at a time, so a run can be graded while it is streamed. */
export async function questionGrader(grading: string, budget: Budget): Promise<QuestionGrader> {
  const { BudgetedAnswer } = await import('../grading/answer-prefix.js');
  const rule = knownRule(grading);
  const strict = GRADING_RULES.strict;
  const grade = (record: QuestionRecord): QuestionGrades | undefined => {
    if (!gradedPhase(record)) return undefined;
    if (record.outcome === 'error') {
      return {
        record,
        budgetedAnswer: '',
        budgetedPass: false,
        unbudgetedPass: false,
        strictPass: false,
        curvePasses: [...BUDGET_CURVE, null].map(() => false),
      };
    }
    const answer = new BudgetedAnswer(record.answer);
    const budgetedAnswer = answer.within(budget);
    if (record.phase === 'trap') {
      return {
        record,
        budgetedAnswer,
        budgetedPass: false,
        unbudgetedPass: false,
        strictPass: false,
        curvePasses: [...BUDGET_CURVE, null].map(() => false),
      };
    }
    const unbudgetedPass = record.outcome === 'pass';
    const passesWithin = (b: Budget) =>
      b === null || !answer.exceeds(b) ? unbudgetedPass : rule.grade(answer.within(b), record.expected).passed;
    return {
      record,
      budgetedAnswer,
      budgetedPass: passesWithin(budget),
      unbudgetedPass,
      // number-aware only adds conditions to strict, so its passes are strict passes too.
      strictPass:
        rule.name === 'strict' || (rule.name === 'number-aware' && unbudgetedPass)
          ? unbudgetedPass
          : strict.grade(record.answer, record.expected).passed,
      curvePasses: [...BUDGET_CURVE.map(passesWithin), unbudgetedPass],
    };
  };
  return { rule, budget, grade };
}

/** A rule this harness knows; a run recorded under a rule it no longer knows is re-graded strictly. */
function knownRule(name: string): GradingRule {
  try {
    return gradingRule(name);
  } catch {
    return GRADING_RULES.strict;
  }
}
