// A long cumulative run has one retention point per story, each resting on a handful of questions,
// which draws as noise. Pooling neighbouring distances into at most MAX_BINS bins keeps the shape.
import type { RetentionPoint } from './metrics.js';

const MAX_BINS = 15;

export interface RetentionBin {
  /** Mean distance (stories ingested after) of the questions in the bin. */
  storiesAfter: number;
  from: number;
  to: number;
  passed: number;
  total: number;
}

export function binRetention(curve: readonly RetentionPoint[], maxBins = MAX_BINS): RetentionBin[] {
  if (curve.length === 0) return [];
  const last = Math.max(...curve.map((p) => p.storiesAfter));
  const width = Math.max(1, Math.ceil((last + 1) / maxBins));
  const bins = new Map<number, RetentionBin & { weighted: number }>();
  for (const p of curve) {
    const index = Math.floor(p.storiesAfter / width);
    const bin = bins.get(index) ?? {
      storiesAfter: 0,
      from: index * width,
      to: Math.min(last, index * width + width - 1),
      passed: 0,
      total: 0,
      weighted: 0,
    };
    bin.passed += p.passed;
    bin.total += p.total;
    bin.weighted += p.storiesAfter * p.total;
    bins.set(index, bin);
  }
  return [...bins.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { weighted, ...bin }]) => ({ ...bin, storiesAfter: bin.total === 0 ? bin.from : weighted / bin.total }));
}
