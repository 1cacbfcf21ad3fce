// The numbers a report shows, computed from a stored run (never from live runner state), so any
// past run can be re-reported.
import type { CheckpointId } from '../../checkpoints/checkpoint.js';
import type { Property } from '../corpus/model.js';
import { DEFAULT_EFFICIENCY, efficiencySummary, type EfficiencyOptions, type EfficiencySummary } from '../efficiency/summary.js';
import { probeBaseline, propertyCoverage, type PropertyCoverage } from '../properties/coverage.js';
import { hierarchicalBootstrap } from '../stats/bootstrap.js';
import type { QuestionRecord, StoredRun } from '../store/records.js';
import { trajectorySummary, type TrajectorySummary } from '../trajectory/metrics.js';
import { checkpointCounts, firstFailures, type CheckpointCounts } from './checkpoint-summary.js';
import { compliance, type Compliance } from './compliance.js';
import { groupBy } from '../group-by.js';
import { isGraded } from '../grading/graded.js';
import { rate, type Rate } from './rates.js';

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
  /** Cumulative mode: the final questions asked again at the end of the run. */
  retention?: Rate;
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
  compliance: Compliance & { llmInLoop: boolean; checkpointRates: Partial<Record<CheckpointId, number>> };
  /** Adapter errors and timeouts recorded (question and turn level). */
  adapterErrors: number;
}

export interface SummaryOptions {
  efficiency?: EfficiencyOptions;
  bootstrapResamples?: number;
  bootstrapSeed?: number;
}

const passRate = (qs: QuestionRecord[]) => (qs.length === 0 ? 0 : qs.filter((q) => q.outcome === 'pass').length / qs.length);

export async function summarizeRun(stored: StoredRun, options: SummaryOptions = {}): Promise<RunSummary> {
  const graded = stored.questions.filter(isGraded);
  const passed = graded.filter((q) => q.outcome === 'pass').length;
  const errors = graded.filter((q) => q.outcome === 'error').length;
  const byStory = groupBy(graded, (q) => q.storyId);
  const storyPasses = stored.stories.filter((s) => (byStory.get(s.storyId) ?? []).every((q) => q.outcome === 'pass')).length;
  const retention = stored.questions.filter((q) => q.phase === 'retention');
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
  const checkpoints = checkpointCounts(stored.findings);
  const failures = firstFailures(stored);
  const baseline = probeBaseline(stored);
  const probe = (phase: string) => {
    const qs = stored.questions.filter((q) => q.phase === phase);
    return qs.length > 0 ? { before: passRate(baseline), after: passRate(qs) } : undefined;
  };
  return {
    questions: { ...questionRate, failed: graded.length - passed - errors, errors, bootstrap95: { low: boot.low, high: boot.high, resamples: boot.resamples, seed: boot.seed } },
    stories: { ...rate(storyPasses, stored.stories.length), errors: stored.stories.filter((s) => s.status === 'error').length },
    retention: stored.run.mode === 'cumulative' ? rate(retention.filter((q) => q.outcome === 'pass').length, retention.length) : undefined,
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
    trajectory: trajectorySummary(stored),
    efficiency: await efficiencySummary(stored, options.efficiency ?? DEFAULT_EFFICIENCY),
    compliance: {
      ...compliance(stored.run.mode, stored.stories.length, questionRate.rate, stored.run.llmInLoop),
      llmInLoop: stored.run.llmInLoop,
      checkpointRates: Object.fromEntries(
        Object.entries(checkpoints)
          .filter(([, c]) => c.passed + c.failed > 0)
          .map(([cp, c]) => [cp, c.passed / (c.passed + c.failed)]),
      ),
    },
    adapterErrors: stored.questions.filter((q) => q.outcome === 'error').length + stored.turns.filter((t) => t.outcome === 'error').length,
  };
}
