// The report sections beyond the score: checkpoints, properties, trajectory safety, efficiency.
// Each returns rows of [label, value...] that the terminal and Markdown renderers lay out.
import { CHECKPOINT_IDS } from '../../checkpoints/checkpoint.js';
import { PROPERTIES } from '../corpus/model.js';
import { percent } from './format.js';
import type { RunSummary } from './summary.js';

export type Rows = string[][];

const rateOrDash = (n: number | null | undefined) => (n === null || n === undefined ? '—' : percent(n));
const share = (part: number, whole: number) => (whole === 0 ? '—' : percent(part / whole));

export function checkpointRows(s: RunSummary): Rows {
  return CHECKPOINT_IDS.map((cp) => {
    const c = s.checkpoints[cp];
    return [cp, String(c.passed), String(c.failed), String(c.notApplicable), String(c.notReported), share(c.passed, c.passed + c.failed)];
  });
}
export const CHECKPOINT_HEAD = ['checkpoint', 'passed', 'failed', 'not applicable', 'not reported', 'pass rate'];

export function propertyRows(s: RunSummary): Rows {
  return PROPERTIES.map((p) => {
    const c = s.properties[p];
    return [p, c.exercised ? 'yes' : 'no', c.exercised ? `${c.passed}/${c.total} ${share(c.passed, c.total)}` : '—', c.evidence];
  });
}
export const PROPERTY_HEAD = ['property', 'exercised', 'pass rate', 'evidence'];

export function trajectoryRows(s: RunSummary): Rows {
  const t = s.trajectory;
  const row = (label: string, value: number | null, kind: keyof typeof t.counts) => [
    label,
    rateOrDash(value),
    `${t.counts[kind].violations}/${t.counts[kind].total}`,
  ];
  return [
    row(
      "cross-narrative contamination (another story's answer where the right one is missing or below it, within the budget)",
      t.contaminationRate,
      'contamination',
    ),
    row('raw: any foreign canary anywhere in the answer (secondary)', t.rawContaminationRate, 'raw-contamination'),
    row('general-knowledge leak', t.gkLeakRate, 'gk-leak'),
    row('stale value after update', t.staleRate, 'stale'),
    row('forgetting under load', t.forgettingRate, 'forgetting'),
    row('cross-tenant leak (security)', t.tenantLeakRate, 'tenant-leak'),
    ['trajectory-safe stories', percent(t.safeRate), ''],
  ];
}
export const TRAJECTORY_HEAD = ['trajectory safety', 'rate', 'violations/checked'];

const fmt = (n: number | null, digits = 0) => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits }));
const ms = (l: { p50: number; p95: number; p99: number; count: number }) =>
  l.count === 0 ? '—' : `${l.p50.toFixed(2)} / ${l.p95.toFixed(2)} / ${l.p99.toFixed(2)}`;

export function efficiencyRows(s: RunSummary): Rows {
  const e = s.efficiency;
  return [
    ['PTE per question', fmt(e.ptePerQuestion, 1)],
    ['PTE per passed question', fmt(e.ptePerPass, 1)],
    ['tokens per answer', fmt(e.tokensPerAnswer, 1)],
    ['adapter LLM PTE', fmt(e.adapterLlmPte, 1)],
    ['query latency p50/p95/p99 ms', ms(e.queryLatencyMs)],
    ['ingest latency p50/p95/p99 ms', ms(e.ingestLatencyMs)],
    ['throughput (adapter ops/s)', fmt(e.throughputOpsPerSec, 1)],
    ['store size on disk', e.storeBytes === null ? '—' : `${fmt(e.storeBytes)} bytes`],
    ['peak RSS', e.peakRssBytes === null ? '—' : `${fmt(e.peakRssBytes / 1_048_576, 1)} MiB`],
    ['adapter / harness time', e.adapterMs === null || e.harnessMs === null ? '—' : `${fmt(e.adapterMs)} ms / ${fmt(e.harnessMs)} ms`],
    ['PTE model (γ), tokenizer, answer length', `${e.gammaProfile} (γ=${e.gamma.toFixed(5)}), ${e.encoding}, ${e.answerTokens} tokens`],
  ];
}
export const EFFICIENCY_HEAD = ['efficiency', 'value'];
