import { describe, expect, it } from 'vitest';
import { latencySummary, percentile } from '../../src/stats/percentiles.js';

describe('percentile', () => {
  it('interpolates linearly between closest ranks (numpy default)', () => {
    const sorted = [10, 20, 30, 40];
    expect(percentile(sorted, 0)).toBe(10);
    expect(percentile(sorted, 100)).toBe(40);
    expect(percentile(sorted, 50)).toBe(25);
    // rank (4 − 1)·0.9 = 2.7 → 30 + 0.7·10
    expect(percentile(sorted, 90)).toBeCloseTo(37, 12);
  });

  it('returns the only value of a one-element list', () => {
    expect(percentile([5], 99)).toBe(5);
  });

  it('accepts typed arrays', () => {
    expect(percentile(Float64Array.from([1, 2, 3]), 50)).toBe(2);
  });

  it('rejects an empty list and p outside [0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('latencySummary', () => {
  it('summarises unsorted values without changing them', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1
    const summary = latencySummary(values);
    expect(summary).toMatchObject({ count: 100, mean: 50.5, p50: 50.5, max: 100 });
    expect(summary.p95).toBeCloseTo(95.05, 10);
    expect(summary.p99).toBeCloseTo(99.01, 10);
    expect(values[0]).toBe(100);
  });

  it('gives zeros for no values', () => {
    expect(latencySummary([])).toEqual({ count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 });
  });
});
