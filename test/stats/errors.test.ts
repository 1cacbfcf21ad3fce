// The statistics reject impossible inputs with a message that names the function and the value,
// and accept the edges of their ranges.
import { describe, expect, it } from 'vitest';
import { hierarchicalBootstrap, pairedBootstrapDifference } from '../../src/stats/bootstrap.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';
import { percentile } from '../../src/stats/percentiles.js';
import { wilson } from '../../src/stats/wilson.js';

describe('input checks', () => {
  it('bootstrap: resamples a positive integer, confidence strictly between 0 and 1', () => {
    const data = [[true, false]];
    expect(() => hierarchicalBootstrap(data, { resamples: 0 })).toThrow(
      new RangeError('bootstrap: resamples must be a positive integer, got 0'),
    );
    expect(() => hierarchicalBootstrap(data, { resamples: 2.5 })).toThrow('bootstrap: resamples must be a positive integer, got 2.5');
    expect(() => pairedBootstrapDifference([[[true, false]]], { resamples: -3 })).toThrow('got -3');
    expect(() => hierarchicalBootstrap(data, { confidence: 1 })).toThrow(new RangeError('bootstrap: confidence must be in (0, 1), got 1'));
    expect(() => hierarchicalBootstrap(data, { confidence: 0 })).toThrow('bootstrap: confidence must be in (0, 1), got 0');
    expect(() => hierarchicalBootstrap(data, { confidence: Number.NaN })).toThrow(RangeError);
    expect(hierarchicalBootstrap(data, { resamples: 1 }).resamples).toBe(1);
    // Stories without questions are ignored; with none left nothing is known.
    expect(pairedBootstrapDifference([[], []])).toEqual({ estimate: 0, low: -1, high: 1, resamples: 10_000, seed: 1 });
    // Checked even when there is nothing to resample.
    expect(() => hierarchicalBootstrap([], { resamples: 0 })).toThrow(RangeError);
  });

  it('percentile: a non-empty list and p in [0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(new RangeError('percentile: the list is empty'));
    expect(() => percentile([1], 101)).toThrow(new RangeError('percentile: p must be in [0, 100], got 101'));
    expect(() => percentile([1], -1)).toThrow('got -1');
    expect(percentile([1, 3], 0)).toBe(1);
    expect(percentile([1, 3], 100)).toBe(3);
  });

  it('wilson: integers with 0 ≤ passed ≤ total', () => {
    expect(() => wilson(5, 4)).toThrow(new RangeError('wilson: need integers 0 ≤ passed ≤ total, got 5/4'));
    expect(() => wilson(1, 4.5)).toThrow('got 1/4.5');
    expect(() => wilson(0, -1)).toThrow(RangeError);
    expect(wilson(4, 4)[1]).toBe(1);
    expect(wilson(0, 4)[0]).toBe(0);
  });

  it('mcnemarExact: non-negative integer counts', () => {
    expect(() => mcnemarExact(-1, 2)).toThrow(new RangeError('mcnemarExact: need non-negative integer counts, got b=-1, c=2'));
    expect(() => mcnemarExact(2, -1)).toThrow('got b=2, c=-1');
    expect(() => mcnemarExact(2, 0.5)).toThrow(RangeError);
    // b=1, c=0: p = 2 · 0.5 = 1; b=2, c=0: p = 2 · 0.25 = 0.5.
    expect(mcnemarExact(1, 0)).toBe(1);
    expect(mcnemarExact(2, 0)).toBe(0.5);
  });
});
