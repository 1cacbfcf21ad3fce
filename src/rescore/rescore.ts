// Re-grades recorded answers under a grading rule, without running any adapter, and compares the
// verdicts with what the file claims.
import type { z } from 'zod';
import { ThreadlineError } from '../errors.js';
import type { GradingRule } from '../grading/rules.js';
import type { Budget } from '../grading/budget.js';
import { atantEngineRun, threadlineExport, threadlineExportHead, threadlineExportStory, type RecordedAnswer } from './formats.js';
import { isGraded } from '../grading/graded.js';
import { openExport } from '../report/export-stream.js';

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

const exportAnswers = (s: z.infer<typeof threadlineExportStory>): RecordedAnswer[] =>
  s.questions.filter(isGraded).map((q) => ({
    storyId: s.id,
    questionId: q.questionId,
    question: q.question,
    expected: q.expected,
    answer: q.answer,
    claimedPass: q.outcome === 'pass',
  }));

export function readAnswers(data: unknown): { format: RescoreResult['format']; answers: RecordedAnswer[] } {
  const asExport = threadlineExport.safeParse(data);
  if (asExport.success) return { format: 'threadline', answers: asExport.data.stories.flatMap(exportAnswers) };
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
  throw neitherFormat([...asExport.error.issues.slice(0, 3), ...asEngineRun.error.issues.slice(0, 3)]);
}

function neitherFormat(issues: z.core.$ZodIssue[]): ThreadlineError {
  const why = issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
  return new ThreadlineError(
    'UNKNOWN_ANSWER_FILE',
    `not a Threadline run export (schemaVersion, run, stories) nor an ATANT engine-run file (results[]): ${why.join('; ')}`,
  );
}

/** Grades answers one at a time, keeping only the counts and the disagreements. */
class Tally {
  private passed = 0;
  private total = 0;
  private claimed = 0;
  private readonly disagreements: Disagreement[] = [];

  private constructor(
    private readonly rule: GradingRule,
    private readonly budget: Budget,
    private readonly within: (answer: string, budget: number) => string,
  ) {}

  static async create(rule: GradingRule, budget: Budget): Promise<Tally> {
    const { BudgetedAnswer } = await import('../grading/answer-prefix.js');
    return new Tally(rule, budget, (answer, tokens) => new BudgetedAnswer(answer).within(tokens));
  }

  add(a: RecordedAnswer): void {
    const grade = this.rule.grade(this.budget === null ? a.answer : this.within(a.answer, this.budget), a.expected);
    this.total++;
    if (grade.passed) this.passed++;
    if (a.claimedPass) this.claimed++;
    if (grade.passed !== a.claimedPass) this.disagreements.push({ ...a, regradedPass: grade.passed, missing: grade.missing });
  }

  result(format: RescoreResult['format']): RescoreResult {
    return {
      format,
      rule: this.rule.name,
      budget: this.budget,
      summary: {
        questions: { passed: this.passed, total: this.total },
        claimedPassed: this.claimed,
        disagreements: this.disagreements.length,
      },
      disagreements: this.disagreements,
    };
  }
}

export async function rescore(data: unknown, rule: GradingRule, budget: Budget = null): Promise<RescoreResult> {
  const { format, answers } = readAnswers(data);
  const tally = await Tally.create(rule, budget);
  for (const a of answers) tally.add(a);
  return tally.result(format);
}

/**
 * Re-grades the answers in a file. A Threadline export is read story by story (a 10,000-story
 * export is over a gigabyte), anything else is parsed whole. Throws what JSON.parse or fs throw
 * when the file cannot be read as JSON.
 */
export async function rescoreFile(file: string, rule: GradingRule, budget: Budget = null): Promise<RescoreResult> {
  const opened = await openExport(file);
  if (!opened.stories) return rescore(opened.head, rule, budget);
  const head = threadlineExportHead.safeParse(opened.head);
  if (!head.success) {
    const engineRun = atantEngineRun.safeParse(opened.head);
    throw neitherFormat([...head.error.issues.slice(0, 3), ...(engineRun.success ? [] : engineRun.error.issues.slice(0, 3))]);
  }
  const tally = await Tally.create(rule, budget);
  let index = 0;
  for await (const story of opened.stories) {
    const parsed = threadlineExportStory.safeParse(story);
    if (!parsed.success) throw neitherFormat(parsed.error.issues.slice(0, 3).map((i) => ({ ...i, path: ['stories', index, ...i.path] })));
    for (const a of exportAnswers(parsed.data)) tally.add(a);
    index++;
  }
  return tally.result('threadline');
}
