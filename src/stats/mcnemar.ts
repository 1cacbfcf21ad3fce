/**
 * Exact (binomial) McNemar test for two runs on the same questions (DESIGN §4):
 * b = passed only in A, c = passed only in B, p = min(1, 2·Σ_{i≤min(b,c)} C(b+c, i)·0.5^(b+c)).
 *
 * 0.5^(b+c) underflows past b+c ≈ 1,074, so the tail is summed relative to its largest term
 * (i = min(b,c), the one nearest the centre) and scaled back in log space once at the end.
 */
export function mcnemarExact(b: number, c: number): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarExact: need non-negative integer counts, got b=${b}, c=${c}`);
  }
  const n = b + c;
  const k = Math.min(b, c);
  let relativeTerm = 1;
  let relativeSum = 1;
  // C(n, i−1) / C(n, i) = i / (n − i + 1); terms fall fast away from the centre, so stop once
  // they no longer change the sum.
  for (let i = k; i >= 1; i--) {
    relativeTerm *= i / (n - i + 1);
    relativeSum += relativeTerm;
    if (relativeTerm < relativeSum * Number.EPSILON) break;
  }
  const logLargestTerm = logBinomial(n, k) - n * Math.LN2;
  return Math.min(1, 2 * Math.exp(logLargestTerm + Math.log(relativeSum)));
}

/** ln C(n, k) as a sum of logs: exact enough (error ~k·ε) and never overflows. */
function logBinomial(n: number, k: number): number {
  let result = 0;
  for (let j = 1; j <= k; j++) result += Math.log((n - k + j) / j);
  return result;
}
