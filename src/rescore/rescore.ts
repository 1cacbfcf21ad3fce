// Re-grades recorded answers under a grading rule, without running any adapter, and compares the
// verdicts with what the file claims.
import { ThreadlineError } from '../errors.js';
import type { GradingRule } from '../grading/rules.js';
import type { Budget } from '../grading/budget.js';
import { atantEngineRun, threadlineExport, type RecordedAnswer } from './formats.js';
import { isGraded } from '../grading/graded.js';

export interface Disagreement extends RecordedAnswer {
  regradedPass: boolean;
  missing: string[];
}

export interface RescoreResult {
  format: 'threadline' | 'atant-engine-run';
  rule: string;
  /** Tokens of each answer graded (o200k); null: the whole answer. */
  budget: Budget;
  summary: { questions: { passed: number; total: number }; claimedPassed: number; disagreements: number };
  disagreements: Disagreement[];
}

export function readAnswers(data: unknown): { format: RescoreResult['format']; answers: RecordedAnswer[] } {
  const asExport = threadlineExport.safeParse(data);
  if (asExport.success) {
    const answers = asExport.data.stories.flatMap((s) =>
      s.questions.filter(isGraded).map((q) => ({
        storyId: s.id,
        questionId: q.questionId,
        question: q.question,
        expected: q.expected,
        answer: q.answer,
        claimedPass: q.outcome === 'pass',
      })),
    );
    return { format: 'threadline', answers };
  }
  const asEngineRun = atantEngineRun.safeParse(data);
  if (asEngineRun.success) {
    const answers = asEngineRun.data.results.flatMap((s) =>
      s.questions.map((q, i) => ({
        storyId: s.story_id,
        questionId: `${s.story_id}_q${i + 1}`,
        question: q.question,
        expected: q.expected,
        answer: q.answer,
        claimedPass: q.passed,
      })),
    );
    return { format: 'atant-engine-run', answers };
  }
  const why = [...asExport.error.issues.slice(0, 3), ...asEngineRun.error.issues.slice(0, 3)].map(
    (i) => `${i.path.join('.') || '(top level)'}: ${i.message}`,
  );
  throw new ThreadlineError(
    'UNKNOWN_ANSWER_FILE',
    `not a Threadline run export (schemaVersion, run, stories) nor an ATANT engine-run file (results[]): ${why.join('; ')}`,
  );
}

export async function rescore(data: unknown, rule: GradingRule, budget: Budget = null): Promise<RescoreResult> {
  const { format, answers } = readAnswers(data);
  const { BudgetedAnswer } = await import('../grading/answer-prefix.js');
  let passed = 0;
  const disagreements: Disagreement[] = [];
  for (const a of answers) {
    const grade = rule.grade(budget === null ? a.answer : new BudgetedAnswer(a.answer).within(budget), a.expected);
    if (grade.passed) passed++;
    if (grade.passed !== a.claimedPass) disagreements.push({ ...a, regradedPass: grade.passed, missing: grade.missing });
  }
  return {
    format,
    rule: rule.name,
    budget,
    summary: {
      questions: { passed, total: answers.length },
      claimedPassed: answers.filter((a) => a.claimedPass).length,
      disagreements: disagreements.length,
    },
    disagreements,
  };
}
