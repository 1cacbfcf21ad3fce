// The drill-down's rows: one per question asked during play (final, mid-trajectory, trap), with
// what happened to it later in the run (end-of-run retention, the probes), its first failing
// checkpoint and any violation the trajectory metrics found.
import type { StoredRun, QuestionRecord, Outcome } from '../../store/records.js';
import { GRADING_RULES, gradingRule } from '../../grading/rules.js';
import { firstFailures, type FirstFailure } from '../checkpoint-summary.js';
import type { RunSummary } from '../summary.js';
import type { Violation } from '../../trajectory/metrics.js';
import { answerView, shortAnswerView, splitAtBudget } from './answer-view.js';

export interface LaterAsk {
  phase: string;
  outcome: Outcome;
  /** The start of the answer, when it failed where the first ask passed. */
  answerHtml?: string;
}

export interface DrillRow {
  storyId: string;
  storyName: string;
  domain: string;
  phase: string;
  questionId: string;
  question: string;
  expected: string[];
  matchedInBudget: string[];
  outcome: Outcome;
  /** Outcome when only the budgeted part is graded. */
  budgetOutcome: Outcome;
  reason?: string;
  answerHtml: string;
  properties: string[];
  firstFailure?: { checkpoint: string; reason: string };
  violations: Array<{ kind: string; detail: string; phase?: string; canary?: string; canaryStory?: string }>;
  later: LaterAsk[];
}

/** A row before its answer is read: everything the filters and the "why" column need. */
export type DrillRowOutline = Omit<DrillRow, 'matchedInBudget' | 'budgetOutcome' | 'answerHtml' | 'later'> & { seq: number };

export const PLAY_PHASES = new Set(['final', 'mid', 'trap']);
const splitBudgeted = (answer: string, budget: number) => splitAtBudget(answer, budget).budgeted;
/** A run graded by a rule this harness version does not know is re-graded here by the strict rule. */
const GRADING_FALLBACK = (name: string) => (name in GRADING_RULES ? name : 'strict');
export const drillKey = (storyId: string, questionId: string) => `${storyId}\u0000${questionId}`;

/** One outline per question asked during play, in order of asking; answers are not read. */
export function drillRowOutlines(
  stored: Pick<StoredRun, 'stories' | 'questions' | 'ground'>,
  failures: FirstFailure[],
  summary: RunSummary,
): DrillRowOutline[] {
  const stories = new Map(stored.stories.map((s) => [s.storyId, s]));
  const failed = new Map(failures.map((f) => [drillKey(f.storyId, f.questionId), f]));
  const violations = new Map<string, Violation[]>();
  for (const v of summary.trajectory.violations)
    violations.set(drillKey(v.storyId, v.questionId), [...(violations.get(drillKey(v.storyId, v.questionId)) ?? []), v]);
  return stored.questions
    .filter((q) => PLAY_PHASES.has(q.phase))
    .sort((a, b) => a.seq - b.seq)
    .map((q) => {
      const k = drillKey(q.storyId, q.questionId);
      const story = stories.get(q.storyId);
      const f = failed.get(k);
      return {
        seq: q.seq,
        storyId: q.storyId,
        storyName: story?.name ?? q.storyId,
        domain: story?.category ?? 'unknown',
        phase: q.phase,
        questionId: q.questionId,
        question: q.question,
        expected: q.expected,
        outcome: q.outcome,
        reason: q.reason,
        properties: stored.ground.get(q.storyId)?.questions[q.questionId]?.properties ?? [],
        firstFailure: f ? { checkpoint: f.checkpoint, reason: f.reason } : undefined,
        violations: (violations.get(k) ?? []).map((v) => {
          const extra = v as Violation & { phase?: string; canary?: string; canaryStory?: string };
          return { kind: v.kind, detail: v.detail, phase: extra.phase, canary: extra.canary, canaryStory: extra.canaryStory };
        }),
      };
    });
}

/**
 * The later asks of play questions (end-of-run retention, probes), from the questions of other
 * phases in order of asking. A failed later ask shows the start of its answer when a play question
 * of the same key passed (`playPassed`); `completeDrillRow` keeps it only under a passed row.
 */
export function laterAsks(
  questions: Iterable<QuestionRecord>,
  playPassed: (key: string) => boolean,
  budget: number,
): Map<string, Array<LaterAsk & { shownIfPassed?: string }>> {
  const later = new Map<string, Array<LaterAsk & { shownIfPassed?: string }>>();
  for (const r of questions) {
    if (PLAY_PHASES.has(r.phase)) continue;
    const k = drillKey(r.storyId, r.questionId);
    const shownIfPassed = r.outcome !== 'pass' && playPassed(k) ? shortAnswerView(r.answer, r.expected, budget) : undefined;
    const list = later.get(k);
    const ask = { phase: r.phase, outcome: r.outcome, shownIfPassed };
    if (list) list.push(ask);
    else later.set(k, [ask]);
  }
  return later;
}

/** A row with its answer read: the budgeted part marked, the budget's outcome and the later asks. */
export function completeDrillRow(
  row: DrillRowOutline,
  answer: string,
  later: Map<string, Array<LaterAsk & { shownIfPassed?: string }>>,
  grading: string,
  budget: number,
): DrillRow {
  const rule = gradingRule(GRADING_FALLBACK(grading));
  const inBudget: Outcome =
    row.outcome === 'error' || row.outcome === 'skip' || row.expected.length === 0
      ? row.outcome
      : rule.grade(splitBudgeted(answer, budget), row.expected).passed
        ? 'pass'
        : 'fail';
  const view = answerView(answer, row.expected, budget, inBudget === 'pass');
  const { seq: _seq, ...rest } = row;
  return {
    ...rest,
    matchedInBudget: view.matchedInBudget,
    budgetOutcome: inBudget,
    answerHtml: view.html,
    later:
      row.phase === 'trap'
        ? []
        : (later.get(drillKey(row.storyId, row.questionId)) ?? []).map((l) => ({
            phase: l.phase,
            outcome: l.outcome,
            answerHtml: row.outcome === 'pass' ? l.shownIfPassed : undefined,
          })),
  };
}

export function drillRows(stored: StoredRun, summary: RunSummary, budget: number): DrillRow[] {
  const outlines = drillRowOutlines(stored, firstFailures(stored), summary);
  const passed = new Set(outlines.filter((r) => r.outcome === 'pass').map((r) => drillKey(r.storyId, r.questionId)));
  const later = laterAsks(stored.questions, (k) => passed.has(k), budget);
  // The same questions in the same order as the outlines.
  const asked = stored.questions.filter((q) => PLAY_PHASES.has(q.phase)).sort((a, b) => a.seq - b.seq);
  return outlines.map((row, i) => completeDrillRow(row, asked[i].answer, later, stored.run.grading, budget));
}
