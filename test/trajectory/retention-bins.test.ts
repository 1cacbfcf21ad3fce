// Pooling the retention curve into bins, with hand-computed bins.
import { describe, expect, it } from 'vitest';
import { binRetention } from '../../src/trajectory/retention-bins.js';

describe('binRetention', () => {
  it("pools neighbouring distances; a bin's distance is the question-weighted mean", () => {
    // Distances 0..4 in 2 bins: width ⌈5/2⌉ = 3 → [0, 2] and [3, 4].
    const curve = [
      { storiesAfter: 3, passed: 1, total: 1 },
      { storiesAfter: 0, passed: 1, total: 1 },
      { storiesAfter: 1, passed: 0, total: 2 },
      { storiesAfter: 2, passed: 2, total: 2 },
      { storiesAfter: 4, passed: 0, total: 0 },
    ];
    // Bin 1: 3/5 passed, distance (0·1 + 1·2 + 2·2) / 5 = 1.2; bin 2: 1/1, distance (3·1 + 4·0) / 1 = 3.
    expect(binRetention(curve, 2)).toEqual([
      { storiesAfter: 1.2, from: 0, to: 2, passed: 3, total: 5 },
      { storiesAfter: 3, from: 3, to: 4, passed: 1, total: 1 },
    ]);
  });

  it('keeps one point per bin while there are at most 15, and pools beyond', () => {
    const curve = Array.from({ length: 30 }, (_, d) => ({ storiesAfter: d, passed: 1, total: 1 }));
    expect(binRetention(curve.slice(0, 15))).toHaveLength(15);
    const pooled = binRetention(curve);
    expect(pooled).toHaveLength(15);
    expect(pooled[14]).toEqual({ storiesAfter: 28.5, from: 28, to: 29, passed: 2, total: 2 });
  });

  it('a bin without questions sits at its start; no points give no bins', () => {
    expect(binRetention([{ storiesAfter: 5, passed: 0, total: 0 }])).toEqual([{ storiesAfter: 5, from: 5, to: 5, passed: 0, total: 0 }]);
    expect(binRetention([])).toEqual([]);
  });
});
