// What the page says about one row beyond its scores: the continuity properties P1–P7 with their
// evidence, the diagnostics (checkpoints other than CP8) the system reports, and its configuration
// in a few words.
import { CHECKPOINT_IDS, type CheckpointId } from '../../checkpoints/checkpoint.js';
import { BUILT_IN_ADAPTERS } from '../../adapters/index.js';
import { PROPERTIES, type Property } from '../corpus/model.js';
import { percent } from '../report/format.js';
import { recordedRules } from '../grading/run-rules.js';
import type { LeaderboardRow } from './row.js';

export type Verdict = 'pass' | 'fail' | 'partial' | 'none';

export interface PropertyView {
  property: Property;
  /** Short text for a chip: "100%", "fail 0%", "—". */
  text: string;
  verdict: Verdict;
  rate: number | null;
  evidence: string;
}

const PROPERTY_NAMES: Record<Property, string> = {
  P1: 'persistence beyond session',
  P2: 'update handling',
  P3: 'temporal ordering',
  P4: 'disambiguation',
  P5: 'reconstruction',
  P6: 'model independence',
  P7: 'operational usefulness',
};
export const propertyName = (p: Property) => PROPERTY_NAMES[p];

function noReaderEvidence(row: LeaderboardRow): string {
  const builtIn = BUILT_IN_ADAPTERS[row.run.adapterSpec];
  if (builtIn && !builtIn.secondReader)
    return `not exercised: ${row.run.adapterName} offers no second configuration that reads what the first wrote, so there is nothing to swap in`;
  return 'not exercised: this run was not given a second reading configuration (threadline run --probe model-independence --read-adapter-config …)';
}

/** The probes compare the same questions before and after: losing answers is a failure. */
function probeVerdict(before: number, after: number): Verdict {
  if (after + 1e-9 < before) return 'fail';
  return after === 0 ? 'fail' : 'pass';
}

export function propertyViews(row: LeaderboardRow): PropertyView[] {
  const { summary } = row;
  return PROPERTIES.map((p): PropertyView => {
    const c = summary.properties[p];
    const probe = p === 'P1' ? summary.probes.persistence : p === 'P6' ? summary.probes.modelIndependence : undefined;
    if (!c.exercised || c.total === 0) {
      return { property: p, text: '—', verdict: 'none', rate: null, evidence: p === 'P6' && !probe ? noReaderEvidence(row) : c.evidence };
    }
    const rate = c.passed / c.total;
    if (probe) {
      const verdict = probeVerdict(probe.before, probe.after);
      return { property: p, text: `${verdict} ${percent(probe.after, 0)}`, verdict, rate, evidence: c.evidence };
    }
    return {
      property: p,
      text: percent(rate, 0),
      verdict: rate >= 0.9 ? 'pass' : rate >= 0.5 ? 'partial' : 'fail',
      rate,
      evidence: `${c.passed}/${c.total}: ${c.evidence}`,
    };
  });
}

export interface DiagnosticView {
  checkpoint: CheckpointId;
  rate: number;
  passed: number;
  checked: number;
  /** Set when the figure was made under an earlier rule (see earlierRule). */
  earlierRule?: string;
}

/**
 * Why a checkpoint's figure on this row was graded under an earlier rule, so rows made before and
 * after a rule change are never compared silently: CP7 of a run recorded before the convergence budget
 * read the whole set.
 */
export function earlierRule(cp: CheckpointId, row: LeaderboardRow): string | undefined {
  if (cp === 'CP7' && recordedRules(row.run).convergenceBudget === null)
    return 'CP7 read the whole convergence set: the run was recorded before the convergence budget';
  return undefined;
}

/** Checkpoints other than CP8 (the score) for which the system reported something checkable. */
export function diagnostics(row: LeaderboardRow): { reported: DiagnosticView[]; notReported: CheckpointId[] } {
  const reported: DiagnosticView[] = [];
  const notReported: CheckpointId[] = [];
  for (const cp of CHECKPOINT_IDS.filter((id) => id !== 'CP8')) {
    const c = row.summary.checkpoints[cp];
    const checked = c.passed + c.failed;
    if (checked > 0)
      reported.push({ checkpoint: cp, rate: c.passed / checked, passed: c.passed, checked, earlierRule: earlierRule(cp, row) });
    else if (c.notReported > 0) notReported.push(cp);
  }
  return { reported, notReported };
}

/** "k=5, depth=50"; "default" for an empty configuration; long values shortened. */
export function configSummary(config: Record<string, unknown>, max = 32): string {
  const entries = Object.entries(config);
  if (entries.length === 0) return 'default';
  const parts = entries.map(([k, v]) => {
    const value = typeof v === 'string' ? v : JSON.stringify(v);
    return value.length > 14 ? `${k}=…` : `${k}=${value}`;
  });
  const text = parts.join(', ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
