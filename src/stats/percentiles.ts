/**
 * Percentile of an ascending list, p in [0, 100], by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of numpy and R): rank h = (n − 1)·p/100, result =
 * sorted[⌊h⌋] + (h − ⌊h⌋)·(sorted[⌊h⌋ + 1] − sorted[⌊h⌋]). p = 0 gives the minimum, p = 100 the
 * maximum. The caller sorts; this function does not check the order.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile: the list is empty');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be in [0, 100], got ${p}`);
  const rank = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(rank);
  const lower = sorted[below] as number;
  if (below === sorted.length - 1) return lower;
  const upper = sorted[below + 1] as number;
  return lower + (rank - below) * (upper - lower);
}

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Summary of a set of durations (any unit; the caller's). An empty set gives zeros and count 0. */
export function latencySummary(values: number[]): LatencySummary {
  if (values.length === 0) return { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    mean: sum / sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] as number,
  };
}
