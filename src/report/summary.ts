// The numbers a report shows, computed from a stored run (never from live runner state), so any
// past run can be re-reported.
import type { CheckpointId } from '../../checkpoints/checkpoint.js';
import type { Property } from '../corpus/model.js';
import {
  DEFAULT_EFFICIENCY,
  efficiencySummary,
  type EfficiencyOptions,
  type EfficiencySummary,
  type QuestionTokens,
} from '../efficiency/summary.js';
import { probeBaseline, propertyCoverage, type PropertyCoverage } from '../properties/coverage.js';
import { hierarchicalBootstrap } from '../stats/bootstrap.js';
import type { QuestionRecord, StoredRun } from '../store/records.js';
import { trajectorySummary, type AnswerChecks, type TrajectorySummary } from '../trajectory/metrics.js';
import { checkpointCounts, firstFailures, type CheckpointCounts, type FirstFailure } from './checkpoint-summary.js';
import { compliance, type Compliance } from './compliance.js';
import { groupBy } from '../group-by.js';
import { isGraded } from '../grading/graded.js';
import { rate, type Rate } from './rates.js';
import { BUDGET_CURVE, BUDGET_ENCODING, type Budget } from '../grading/budget.js';
import { sharedWordings, questionWording } from '../text/wording.js';
import { gradeRun, type RunGrades } from '../grading/run-grades.js';
import { headline, type Headline } from './headline.js';

export { rate, type Rate } from './rates.js';

export interface BootstrapSummary {
  low: number;
  high: number;
  resamples: number;
  seed: number;
}

export interface RunSummary {
  /** CP8-graded questions asked during play (mid-trajectory and final). */
  questions: Rate & { failed: number; errors: number; bootstrap95: BootstrapSummary };
  stories: Rate & { errors: number };
  /** Cumulative mode: the final questions asked again at the end of the run (unambiguous ones), whole answer. */
  retention?: Rate & { ambiguous: number };
  /** The answer budget the run is graded with (null: none). */
  budget: { tokens: Budget; encoding: string };
  /** The run's rule within the answer budget, over the same questions as `questions`. */
  questionsBudgeted: Rate;
  /** Pass rate of the run's rule at each budget, then unbudgeted (tokens null). */
  budgetCurve: BudgetPoint[];
  /** Cumulative mode: retention within the budget (unambiguous questions). */
  retentionBudgeted?: Rate & { ambiguous: number };
  /** ATANT v1.0's letter: strict rule, whole answer, over the CP8-graded questions. */
  atant: Rate & { rule: 'strict'; budget: null };
  /** The leaderboard's headline number (see src/report/headline.ts). */
  headline: Headline;
  generalKnowledgeTraps: number;
  byCategory: Record<string, Rate>;
  checkpoints: Record<CheckpointId, CheckpointCounts>;
  /** For failed questions: how many first failed on the write path, the read path, or a cross-cutting checkpoint. */
  firstFailure: { write: number; read: number; cross: number; byCheckpoint: Partial<Record<CheckpointId, number>> };
  properties: Record<Property, PropertyCoverage>;
  /** Probe pass rates against the same questions through the live instance (`before`: end-of-run retention in cumulative mode). */
  probes: { persistence?: { before: number; after: number }; modelIndependence?: { before: number; after: number } };
  trajectory: TrajectorySummary;
  efficiency: EfficiencySummary;
  /** By ATANT v1.0's letter: strict rule, whole answer. */
  compliance: Compliance & { llmInLoop: boolean; checkpointRates: Partial<Record<CheckpointId, number>> };
  /** The same level read from the headline rule within the answer budget. */
  complianceBudgeted: Compliance;
  /** Adapter errors and timeouts recorded (question and turn level). */
  adapterErrors: number;
}

export interface BudgetPoint {
  tokens: number | null;
  passed: number;
  total: number;
  rate: number;
}

export interface SummaryOptions {
  efficiency?: EfficiencyOptions;
  bootstrapResamples?: number;
  bootstrapSeed?: number;
}

const passRate = (qs: QuestionRecord[]) => (qs.length === 0 ? 0 : qs.filter((q) => q.outcome === 'pass').length / qs.length);

const count = <T>(items: T[], test: (item: T) => boolean) => items.reduce((n, item) => n + (test(item) ? 1 : 0), 0);

/**
 * What a streamed run computed while its answers were at hand (src/report/streamed-run.ts): the
 * summary then needs only the run's outline, whose questions carry no answers and which has no findings.
 */
export interface StreamedFacts {
  grades: RunGrades;
  checksOf: (q: QuestionRecord) => AnswerChecks;
  tokensOf: (q: QuestionRecord) => QuestionTokens;
  checkpoints: Record<CheckpointId, CheckpointCounts>;
  firstFailures: FirstFailure[];
}

export async function summarizeRun(stored: StoredRun, options: SummaryOptions = {}, streamed?: StreamedFacts): Promise<RunSummary> {
  const grades = streamed?.grades ?? (await gradeRun(stored));
  const graded = stored.questions.filter(isGraded);
  const passed = graded.filter((q) => q.outcome === 'pass').length;
  const errors = graded.filter((q) => q.outcome === 'error').length;
  const byStory = groupBy(graded, (q) => q.storyId);
  const storyPasses = stored.stories.filter((s) => (byStory.get(s.storyId) ?? []).every((q) => q.outcome === 'pass')).length;
  const allRetention = stored.questions.filter((q) => q.phase === 'retention');
  // Scope none: a final question another story asks in the same words cannot be told apart at the end.
  const shared =
    stored.run.scope === 'none' ? sharedWordings(allRetention.map((q) => ({ storyId: q.storyId, text: q.question }))) : new Set<string>();
  const retention = allRetention.filter((q) => !shared.has(questionWording(q.question)));
  const ambiguous = allRetention.length - retention.length;
  const budgeted = budgetedRates(grades, graded, retention, ambiguous);
  const atant = rate(
    count(graded, (q) => grades.byRecord.get(q)?.strictPass ?? false),
    graded.length,
  );
  const categoryOf = new Map(stored.stories.map((s) => [s.storyId, s.category]));
  const byCategory: Record<string, Rate> = {};
  for (const [category, qs] of groupBy(graded, (q) => categoryOf.get(q.storyId) ?? 'unknown')) {
    byCategory[category] = rate(qs.filter((q) => q.outcome === 'pass').length, qs.length);
  }
  const questionRate = rate(passed, graded.length);
  const boot = hierarchicalBootstrap(
    [...byStory.values()].map((qs) => qs.map((q) => q.outcome === 'pass')),
    { resamples: options.bootstrapResamples ?? 10_000, seed: options.bootstrapSeed ?? 1 },
  );
  const checkpoints = streamed?.checkpoints ?? checkpointCounts(stored.findings);
  const failures = streamed?.firstFailures ?? firstFailures(stored);
  const baseline = probeBaseline(stored);
  const probe = (phase: string) => {
    const qs = stored.questions.filter((q) => q.phase === phase);
    return qs.length > 0 ? { before: passRate(baseline), after: passRate(qs) } : undefined;
  };
  return {
    questions: {
      ...questionRate,
      failed: graded.length - passed - errors,
      errors,
      bootstrap95: { low: boot.low, high: boot.high, resamples: boot.resamples, seed: boot.seed },
    },
    stories: { ...rate(storyPasses, stored.stories.length), errors: stored.stories.filter((s) => s.status === 'error').length },
    retention:
      stored.run.mode === 'cumulative'
        ? {
            ...rate(
              count(retention, (q) => q.outcome === 'pass'),
              retention.length,
            ),
            ambiguous,
          }
        : undefined,
    budget: { tokens: grades.budget, encoding: BUDGET_ENCODING },
    questionsBudgeted: budgeted.questions,
    budgetCurve: budgeted.curve,
    retentionBudgeted: stored.run.mode === 'cumulative' ? budgeted.retention : undefined,
    atant: { ...atant, rule: 'strict', budget: null },
    headline: headline(
      stored.run.mode,
      grades.rule.name,
      grades.budget,
      budgeted.questions,
      stored.run.mode === 'cumulative' ? budgeted.retention : null,
      budgeted.both,
      ambiguous,
    ),
    generalKnowledgeTraps: stored.questions.filter((q) => q.phase === 'trap').length,
    byCategory,
    checkpoints,
    firstFailure: {
      write: failures.filter((f) => f.path === 'write').length,
      read: failures.filter((f) => f.path === 'read').length,
      cross: failures.filter((f) => f.path === 'cross').length,
      byCheckpoint: Object.fromEntries([...groupBy(failures, (f) => f.checkpoint)].map(([cp, list]) => [cp, list.length])),
    },
    properties: propertyCoverage(stored),
    probes: { persistence: probe('probe:persistence'), modelIndependence: probe('probe:model-independence') },
    trajectory: trajectorySummary(stored, grades, streamed?.checksOf),
    efficiency: await efficiencySummary(stored, options.efficiency ?? DEFAULT_EFFICIENCY, streamed?.tokensOf),
    compliance: {
      ...compliance(stored.run.mode, stored.stories.length, atant.rate, stored.run.llmInLoop),
      llmInLoop: stored.run.llmInLoop,
      checkpointRates: Object.fromEntries(
        Object.entries(checkpoints)
          .filter(([, c]) => c.passed + c.failed > 0)
          .map(([cp, c]) => [cp, c.passed / (c.passed + c.failed)]),
      ),
    },
    complianceBudgeted: compliance(stored.run.mode, stored.stories.length, budgeted.questions.rate, stored.run.llmInLoop),
    adapterErrors: stored.questions.filter((q) => q.outcome === 'error').length + stored.turns.filter((t) => t.outcome === 'error').length,
  };
}

function budgetedRates(grades: RunGrades, graded: QuestionRecord[], retention: QuestionRecord[], ambiguous: number) {
  const passes = (q: QuestionRecord) => grades.byRecord.get(q)?.budgetedPass ?? false;
  const curve = [...BUDGET_CURVE, null].map((tokens, i): BudgetPoint => {
    const r = rate(
      count(graded, (q) => grades.byRecord.get(q)?.curvePasses[i] ?? false),
      graded.length,
    );
    return { tokens, passed: r.passed, total: r.total, rate: r.rate };
  });
  // A final question counts for the cumulative headline when both its askings pass.
  const rightAfter = new Map(graded.filter((q) => q.phase === 'final').map((q) => [q.questionId, passes(q)]));
  return {
    questions: rate(count(graded, passes), graded.length),
    retention: { ...rate(count(retention, passes), retention.length), ambiguous },
    both: rate(
      count(retention, (q) => passes(q) && (rightAfter.get(q.questionId) ?? false)),
      retention.length,
    ),
    curve,
  };
}
