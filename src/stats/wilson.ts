/**
 * Wilson score interval for a pass rate x/n (DESIGN §4):
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) · sqrt(p̂(1−p̂)/n + z²/4n²).
 * With no trials nothing is known, so the interval is the whole range [0, 1].
 */
export function wilson(passed: number, total: number, z = 1.96): [number, number] {
  if (!Number.isInteger(passed) || !Number.isInteger(total) || passed < 0 || total < 0 || passed > total) {
    throw new RangeError(`wilson: need integers 0 ≤ passed ≤ total, got ${passed}/${total}`);
  }
  if (total === 0) return [0, 1];
  const rate = passed / total;
  const zSquared = z * z;
  const denominator = 1 + zSquared / total;
  const centre = (rate + zSquared / (2 * total)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((rate * (1 - rate)) / total + zSquared / (4 * total * total));
  // Clamp float noise at the edges (0/n, n/n) so the bounds never leave [0, 1].
  return [Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)];
}

/**
 * Rounds an interval outward (low down, high up) so the printed interval still contains the exact
 * one. This is how DESIGN prints 43/50 as [0.738, 0.931]: the exact bounds are 0.73814 and 0.93049.
 */
export function roundIntervalOutward([low, high]: [number, number], decimals = 3): [number, number] {
  const scale = 10 ** decimals;
  // The small slack keeps values that are already round (0.3 → 300.00000000000006) from moving.
  const slack = 1e-9;
  return [Math.floor(low * scale + slack) / scale, Math.ceil(high * scale - slack) / scale];
}
