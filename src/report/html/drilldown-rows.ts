// The drill-down's rows: one per question asked during play (final, mid-trajectory, trap), with
// what happened to it later in the run (end-of-run retention, the probes), its first failing
// checkpoint and any violation the trajectory metrics found.
import type { StoredRun, QuestionRecord, Outcome } from '../../store/records.js';
import { GRADING_RULES, gradingRule } from '../../grading/rules.js';
import { firstFailures } from '../checkpoint-summary.js';
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

const PLAY_PHASES = new Set(['final', 'mid', 'trap']);
const splitBudgeted = (answer: string, budget: number) => splitAtBudget(answer, budget).budgeted;
/** A run graded by a rule this harness version does not know is re-graded here by the strict rule. */
const GRADING_FALLBACK = (name: string) => (name in GRADING_RULES ? name : 'strict');
const key = (storyId: string, questionId: string) => `${storyId}\u0000${questionId}`;

export function drillRows(stored: StoredRun, summary: RunSummary, budget: number): DrillRow[] {
  const rule = gradingRule(GRADING_FALLBACK(stored.run.grading));
  const stories = new Map(stored.stories.map((s) => [s.storyId, s]));
  const failures = new Map(firstFailures(stored).map((f) => [key(f.storyId, f.questionId), f]));
  const violations = new Map<string, Violation[]>();
  for (const v of summary.trajectory.violations)
    violations.set(key(v.storyId, v.questionId), [...(violations.get(key(v.storyId, v.questionId)) ?? []), v]);
  const later = new Map<string, QuestionRecord[]>();
  for (const q of stored.questions.filter((r) => !PLAY_PHASES.has(r.phase)))
    later.set(key(q.storyId, q.questionId), [...(later.get(key(q.storyId, q.questionId)) ?? []), q]);

  const budgetOutcome = (q: QuestionRecord): Outcome => {
    if (q.outcome === 'error' || q.outcome === 'skip' || q.expected.length === 0) return q.outcome;
    return rule.grade(splitBudgeted(q.answer, budget), q.expected).passed ? 'pass' : 'fail';
  };

  return stored.questions
    .filter((q) => PLAY_PHASES.has(q.phase))
    .sort((a, b) => a.seq - b.seq)
    .map((q) => {
      const k = key(q.storyId, q.questionId);
      const inBudget = budgetOutcome(q);
      const view = answerView(q.answer, q.expected, budget, inBudget === 'pass');
      const story = stories.get(q.storyId);
      const f = failures.get(k);
      return {
        storyId: q.storyId,
        storyName: story?.name ?? q.storyId,
        domain: story?.category ?? 'unknown',
        phase: q.phase,
        questionId: q.questionId,
        question: q.question,
        expected: q.expected,
        matchedInBudget: view.matchedInBudget,
        outcome: q.outcome,
        budgetOutcome: inBudget,
        reason: q.reason,
        answerHtml: view.html,
        properties: stored.ground.get(q.storyId)?.questions[q.questionId]?.properties ?? [],
        firstFailure: f ? { checkpoint: f.checkpoint, reason: f.reason } : undefined,
        violations: (violations.get(k) ?? []).map((v) => {
          const extra = v as Violation & { phase?: string; canary?: string; canaryStory?: string };
          return { kind: v.kind, detail: v.detail, phase: extra.phase, canary: extra.canary, canaryStory: extra.canaryStory };
        }),
        later:
          q.phase === 'trap'
            ? []
            : (later.get(k) ?? []).map((r) => ({
                phase: r.phase,
                outcome: r.outcome,
                answerHtml: r.outcome !== 'pass' && q.outcome === 'pass' ? shortAnswerView(r.answer, r.expected, budget) : undefined,
              })),
      };
    });
}
