import { describe, expect, it } from 'vitest';
import { roundIntervalOutward, wilson } from '../../src/stats/wilson.js';

describe('wilson', () => {
  it('reproduces the DESIGN example 43/50 → [0.738, 0.931]', () => {
    const [low, high] = wilson(43, 50);
    expect(low).toBeCloseTo(0.73814, 5);
    expect(high).toBeCloseTo(0.93049, 5);
    expect(roundIntervalOutward([low, high])).toEqual([0.738, 0.931]);
  });

  it('gives a one-sided interval at 0/10 and 10/10', () => {
    const [zeroLow, zeroHigh] = wilson(0, 10);
    expect(zeroLow).toBe(0);
    expect(zeroHigh).toBeCloseTo(0.2775, 4);

    const [fullLow, fullHigh] = wilson(10, 10);
    expect(fullLow).toBeCloseTo(0.7225, 4);
    expect(fullHigh).toBe(1);
  });

  it('is symmetric: x/n mirrors (n − x)/n', () => {
    const [low, high] = wilson(3, 20);
    const [mirrorLow, mirrorHigh] = wilson(17, 20);
    expect(low).toBeCloseTo(1 - mirrorHigh, 12);
    expect(high).toBeCloseTo(1 - mirrorLow, 12);
  });

  it('knows nothing with no trials', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('rejects impossible counts', () => {
    expect(() => wilson(5, 4)).toThrow(RangeError);
    expect(() => wilson(-1, 4)).toThrow(RangeError);
    expect(() => wilson(1.5, 4)).toThrow(RangeError);
  });
});

describe('roundIntervalOutward', () => {
  it('rounds low down and high up, leaving round values alone', () => {
    expect(roundIntervalOutward([0.1234, 0.5671], 2)).toEqual([0.12, 0.57]);
    expect(roundIntervalOutward([0.3, 0.7], 3)).toEqual([0.3, 0.7]);
    expect(roundIntervalOutward([0, 1])).toEqual([0, 1]);
  });
});
