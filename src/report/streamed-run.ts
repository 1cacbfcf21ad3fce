// A stored run summarised without holding it in memory. Questions are read twice in order of
// asking: first without answers (the run's outline, kept), then with them, one at a time, grading
// each answer, checking it for foreign and stale values and counting its tokens before it is let
// go. Findings stream story by story into the checkpoint counts and first failures. The summary is
// then computed from the outline and those facts by the same code as for a run held in memory, so
// its figures are identical (test/report/streamed-summary.test.ts).
import type { CheckpointId } from '../../checkpoints/checkpoint.js';
import { DEFAULT_EFFICIENCY, countedForEfficiency, questionTokenCounter, type QuestionTokens } from '../efficiency/summary.js';
import { ThreadlineError } from '../errors.js';
import { questionGrader, runBudget, type QuestionGrades } from '../grading/run-grades.js';
import { isGraded } from '../grading/graded.js';
import type { FindingRecord, QuestionRecord, StoredRun } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';
import { AnswerChecker, runCanaries, type AnswerChecks } from '../trajectory/metrics.js';
import { checkpointCounts, failedGraded, firstFailureOf, type CheckpointCounts, type FirstFailure } from './checkpoint-summary.js';
import { summarizeRun, type RunSummary, type StreamedFacts, type SummaryOptions } from './summary.js';

export interface StreamedRun {
  /**
   * The run without its answers (every `answer` is empty), diagnostics (only LLM usage is kept) or
   * findings: enough for the terminal report and the summary, not for an export.
   */
  outline: StoredRun;
  summary: RunSummary;
  firstFailures: FirstFailure[];
}

const NO_CHECKS: AnswerChecks = {};

/** A stored run without its answers, findings or diagnostics (but the layer's LLM usage). */
export function runOutline(store: ResultsStore, runId: string): StoredRun {
  const run = store.getRun(runId);
  if (!run) throw new ThreadlineError('UNKNOWN_RUN', `no run "${runId}" in the results store`);
  const stories = store.runStories(run.id);
  const ground = store.runGround(run.id);
  // Of the diagnostics only the layer's LLM usage is read: the summary's efficiency figures need it.
  const questions = [...store.iterateQuestions(run.id, { answers: false, diagnostics: 'usage' })];
  const turns = [...store.iterateTurns(run.id, { diagnostics: 'usage' })];
  return { run, stories, turns, questions, ground, findings: [] };
}

/** The run's questions again, with their answers, each checked against its outline record. */
export function* answeredQuestions(store: ResultsStore, outline: StoredRun): Generator<[QuestionRecord, QuestionRecord]> {
  const { run, questions } = outline;
  let i = 0;
  for (const answered of store.iterateQuestions(run.id, { diagnostics: 'none' })) {
    const q = questions[i++];
    if (!q || q.storyId !== answered.storyId || q.questionId !== answered.questionId || q.phase !== answered.phase)
      throw new ThreadlineError('DB_ERROR', `run ${run.id} changed while it was being read`);
    yield [q, answered];
  }
  if (i !== questions.length) throw new ThreadlineError('DB_ERROR', `run ${run.id} changed while it was being read`);
}

export async function summarizeStoredRun(store: ResultsStore, runId: string, options: SummaryOptions = {}): Promise<StreamedRun> {
  const outline = runOutline(store, runId);
  const { run, questions } = outline;

  const budget = runBudget(outline);
  const grader = await questionGrader(run.grading, budget);
  const countTokens = await questionTokenCounter((options.efficiency ?? DEFAULT_EFFICIENCY).encoding);
  const checker = new AnswerChecker(run, runCanaries(outline), () => questions.filter(isGraded), budget);
  const byRecord = new Map<QuestionRecord, QuestionGrades>();
  const graded: QuestionGrades[] = [];
  const checks = new Map<QuestionRecord, AnswerChecks>();
  const tokens = new Map<QuestionRecord, QuestionTokens>();
  for (const [q, answered] of answeredQuestions(store, outline)) {
    const grade = grader.grade(answered);
    if (grade) {
      // The budgeted text is only needed for the checks below: keep the grade without it.
      const kept = { ...grade, record: q, budgetedAnswer: '' };
      graded.push(kept);
      byRecord.set(q, kept);
    }
    const found = checker.check(answered, grade);
    if (Object.keys(found).length > 0) checks.set(q, found);
    if (countedForEfficiency(answered)) tokens.set(q, countTokens(answered));
  }

  const { counts, failures } = findingFacts(store, outline);
  const facts: StreamedFacts = {
    grades: { rule: grader.rule, budget, questions: graded, byRecord },
    checksOf: (q) => checks.get(q) ?? NO_CHECKS,
    tokensOf: (q) => tokens.get(q) ?? { question: 0, answer: 0 },
    checkpoints: counts,
    firstFailures: failures,
  };
  const summary = await summarizeRun(outline, options, facts);
  return { outline, summary, firstFailures: failures };
}

/** Checkpoint counts and first failures from the run's findings, read story by story. */
export function findingFacts(
  store: ResultsStore,
  outline: StoredRun,
): { counts: Record<CheckpointId, CheckpointCounts>; failures: FirstFailure[] } {
  const failed = outline.questions.filter(failedGraded);
  const failedByStory = new Map<string, QuestionRecord[]>();
  for (const q of failed) failedByStory.set(q.storyId, [...(failedByStory.get(q.storyId) ?? []), q]);
  const found = new Map<QuestionRecord, FirstFailure>();
  const settle = (storyId: string | undefined, findings: FindingRecord[]) => {
    if (storyId === undefined) return;
    for (const q of failedByStory.get(storyId) ?? []) found.set(q, firstFailureOf(q, findings, outline.ground.get(storyId)));
  };
  function* storyByStory(): Generator<FindingRecord> {
    let storyId: string | undefined;
    let group: FindingRecord[] = [];
    for (const f of store.iterateFindings(outline.run.id)) {
      if (f.storyId !== storyId) {
        settle(storyId, group);
        storyId = f.storyId;
        group = [];
      }
      group.push(f);
      yield f;
    }
    settle(storyId, group);
  }
  const counts = checkpointCounts(storyByStory());
  const failures = failed.map((q) => found.get(q) ?? firstFailureOf(q, [], outline.ground.get(q.storyId)));
  return { counts, failures };
}
