import { describe, expect, it } from 'vitest';
import { mcnemarExact } from '../../src/stats/mcnemar.js';

/** Direct evaluation of the DESIGN formula; fine while 0.5^(b+c) does not underflow. */
function directFormula(b: number, c: number): number {
  const n = b + c;
  let binomial = 1;
  let sum = 0;
  for (let i = 0; i <= Math.min(b, c); i++) {
    if (i > 0) binomial = (binomial * (n - i + 1)) / i;
    sum += binomial;
  }
  return Math.min(1, 2 * sum * 0.5 ** n);
}

describe('mcnemarExact', () => {
  it('reproduces the DESIGN example b=9, c=2 → 0.0654', () => {
    expect(mcnemarExact(9, 2)).toBeCloseTo(0.0654, 4);
    expect(mcnemarExact(9, 2)).toBe(134 / 2048);
  });

  it('is 1 when the runs disagree equally, or not at all', () => {
    expect(mcnemarExact(7, 7)).toBe(1);
    expect(mcnemarExact(1000, 1000)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
  });

  it('is symmetric in b and c', () => {
    expect(mcnemarExact(3, 12)).toBe(mcnemarExact(12, 3));
  });

  it('agrees with the direct formula on small counts', () => {
    for (let b = 0; b <= 40; b++) {
      for (let c = 0; c <= 40; c++) {
        const expected = directFormula(b, c);
        expect(Math.abs(mcnemarExact(b, c) - expected)).toBeLessThanOrEqual(expected * 1e-12);
      }
    }
  });

  it('stays finite and sensible for b + c up to 100,000', () => {
    // z = 1,000 / √99,000 ≈ 3.18: the exact two-sided p is about 0.0015.
    const p = mcnemarExact(50_000, 49_000);
    expect(Number.isFinite(p)).toBe(true);
    expect(p).toBeGreaterThan(0.001);
    expect(p).toBeLessThan(0.002);
    expect(mcnemarExact(50_000, 50_000)).toBe(1);
    expect(mcnemarExact(100_000, 0)).toBe(0); // 2^-99,999 underflows to 0, never NaN
    expect(mcnemarExact(49_990, 50_010)).toBeGreaterThan(0.9);
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(-1, 2)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 2)).toThrow(RangeError);
  });
});
