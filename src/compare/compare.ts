// Paired comparison of two runs over the same corpus: which questions changed, whether the change
// is significant (exact McNemar), and a bootstrap interval of the difference in pass rate.
import { ThreadlineError } from '../errors.js';
import { isGraded } from '../grading/graded.js';
import { pairedBootstrapDifference } from '../stats/bootstrap.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import type { QuestionRecord, RunRecord, StoredRun } from '../store/records.js';
import { groupBy } from '../group-by.js';

export interface PairedQuestion {
  storyId: string;
  questionId: string;
  phase: string;
  question: string;
  a: QuestionRecord['outcome'];
  b: QuestionRecord['outcome'];
}

export interface Comparison {
  a: { run: RunRecord; passed: number; total: number; rate: number };
  b: { run: RunRecord; passed: number; total: number; rate: number };
  paired: number;
  /** Passed only in A. */
  onlyA: number;
  /** Passed only in B. */
  onlyB: number;
  pValue: number;
  difference: { estimate: number; low: number; high: number; resamples: number; seed: number };
  alpha: number;
  /** B passes significantly fewer questions than A. */
  significantlyWorse: boolean;
  newlyFailing: PairedQuestion[];
  newlyPassing: PairedQuestion[];
  questions: PairedQuestion[];
}

export function compareRuns(a: StoredRun, b: StoredRun, options: { alpha?: number; resamples?: number; seed?: number } = {}): Comparison {
  if (a.run.corpusHash !== b.run.corpusHash) {
    throw new ThreadlineError(
      'DIFFERENT_CORPORA',
      `runs ${a.run.id} and ${b.run.id} were made on different corpora (${a.run.corpusHash.slice(0, 12)} vs ${b.run.corpusHash.slice(0, 12)}); a paired comparison needs the same questions`,
    );
  }
  const key = (q: QuestionRecord) => `${q.phase}\0${q.questionId}`;
  const inB = new Map(b.questions.filter(isGraded).map((q) => [key(q), q]));
  const questions: PairedQuestion[] = [];
  for (const qa of a.questions.filter(isGraded)) {
    const qb = inB.get(key(qa));
    if (qb)
      questions.push({
        storyId: qa.storyId,
        questionId: qa.questionId,
        phase: qa.phase,
        question: qa.question,
        a: qa.outcome,
        b: qb.outcome,
      });
  }
  const onlyA = questions.filter((q) => q.a === 'pass' && q.b !== 'pass');
  const onlyB = questions.filter((q) => q.a !== 'pass' && q.b === 'pass');
  const byStory = groupBy(questions, (q) => q.storyId);
  const diff = pairedBootstrapDifference(
    [...byStory.values()].map((qs) => qs.map((q): [boolean, boolean] => [q.a === 'pass', q.b === 'pass'])),
    { resamples: options.resamples ?? 10_000, seed: options.seed ?? 1 },
  );
  const alpha = options.alpha ?? 0.05;
  const pValue = mcnemarExact(onlyA.length, onlyB.length);
  const side = (run: StoredRun) => {
    const graded = run.questions.filter(isGraded);
    const passed = graded.filter((q) => q.outcome === 'pass').length;
    return { run: run.run, passed, total: graded.length, rate: graded.length === 0 ? 0 : passed / graded.length };
  };
  return {
    a: side(a),
    b: side(b),
    paired: questions.length,
    onlyA: onlyA.length,
    onlyB: onlyB.length,
    pValue,
    difference: { estimate: diff.estimate, low: diff.low, high: diff.high, resamples: diff.resamples, seed: diff.seed },
    alpha,
    significantlyWorse: onlyA.length > onlyB.length && pValue < alpha,
    newlyFailing: onlyA,
    newlyPassing: onlyB,
    questions,
  };
}
