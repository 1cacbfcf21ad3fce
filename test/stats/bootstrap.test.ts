import { describe, expect, it } from 'vitest';
import { hierarchicalBootstrap, pairedBootstrapDifference } from '../../src/stats/bootstrap.js';
import { seededRandom } from '../../src/stats/random.js';
import { wilson } from '../../src/stats/wilson.js';

/** `stories` stories of `questions` questions, each passing with probability `rate`. */
function syntheticRun(stories: number, questions: number, rate: number, seed: number): boolean[][] {
  const random = seededRandom(seed);
  return Array.from({ length: stories }, () => Array.from({ length: questions }, () => random() < rate));
}

describe('hierarchicalBootstrap', () => {
  const run = syntheticRun(30, 5, 0.85, 3);

  // Resample counts below the 10,000 default keep these tests fast under mutation testing, where
  // the instrumented resampling loop runs ~50 times slower.
  const fast = { resamples: 200 };

  it('is deterministic for a seed and defaults to 10,000 resamples, seed 1', () => {
    const first = hierarchicalBootstrap(run, fast);
    expect(hierarchicalBootstrap(run, fast)).toEqual(first);
    expect(first).toMatchObject({ resamples: 200, seed: 1 });
    expect(hierarchicalBootstrap(run, { ...fast, seed: 2 })).not.toEqual(first);
    expect(hierarchicalBootstrap([[true, false]])).toMatchObject({ resamples: 10_000, seed: 1 });
    expect(hierarchicalBootstrap([[true, false]], { seed: 1 })).toEqual(hierarchicalBootstrap([[true, false]], { resamples: 10_000 }));
  });

  it('reports the observed pooled rate inside its interval', () => {
    const passes = run.flat().filter(Boolean).length;
    const { estimate, low, high } = hierarchicalBootstrap(run, fast);
    expect(estimate).toBe(passes / 150);
    expect(low).toBeLessThan(estimate);
    expect(high).toBeGreaterThan(estimate);
  });

  it('pools questions, so large stories weigh more', () => {
    const { estimate } = hierarchicalBootstrap([[true, true, true], [false]], { resamples: 10 });
    expect(estimate).toBe(0.75);
  });

  it('collapses to [1, 1] when everything passes', () => {
    expect(hierarchicalBootstrap([[true, true], [true], [true, true, true]], { resamples: 100 })).toMatchObject({
      estimate: 1,
      low: 1,
      high: 1,
    });
  });

  it('matches the Wilson width when every story has one question', () => {
    // 200 independent questions at 50%: both intervals are about ±1.96·√(0.25/200) ≈ ±0.069.
    const independent = Array.from({ length: 200 }, (_, index) => [index % 2 === 0]);
    const { low, high } = hierarchicalBootstrap(independent, { resamples: 600 });
    const [wilsonLow, wilsonHigh] = wilson(100, 200);
    expect(high - low).toBeGreaterThan((wilsonHigh - wilsonLow) * 0.9);
    expect(high - low).toBeLessThan((wilsonHigh - wilsonLow) * 1.1);
  });

  it('widens when outcomes cluster by story', () => {
    // Same 120 passes of 200 questions; clustered: whole stories pass or fail together.
    const clustered = Array.from({ length: 20 }, (_, index) => Array<boolean>(10).fill(index < 12));
    const spread = Array.from({ length: 20 }, () => Array.from({ length: 10 }, (_, q) => q < 6));
    const clusteredWidth = width(hierarchicalBootstrap(clustered, fast));
    const spreadWidth = width(hierarchicalBootstrap(spread, fast));
    expect(clusteredWidth).toBeGreaterThan(2 * spreadWidth);
  });

  it('narrows as the confidence drops', () => {
    expect(width(hierarchicalBootstrap(run, { ...fast, confidence: 0.5 }))).toBeLessThan(width(hierarchicalBootstrap(run, fast)));
  });

  it('knows nothing without questions, and ignores empty stories', () => {
    expect(hierarchicalBootstrap([])).toMatchObject({ estimate: 0, low: 0, high: 1 });
    expect(hierarchicalBootstrap([[], [true]])).toMatchObject({ estimate: 1, low: 1, high: 1 });
  });

  it('rejects bad options', () => {
    expect(() => hierarchicalBootstrap(run, { resamples: 0 })).toThrow(RangeError);
    expect(() => hierarchicalBootstrap(run, { confidence: 1 })).toThrow(RangeError);
  });
});

describe('pairedBootstrapDifference', () => {
  it('estimates rateB − rateA over paired outcomes', () => {
    const pairs: Array<Array<[boolean, boolean]>> = [
      [
        [true, true],
        [false, true],
        [false, true],
      ],
      [
        [true, false],
        [false, false],
      ],
    ];
    // A passes 2 of 5, B passes 3 of 5.
    expect(pairedBootstrapDifference(pairs, { resamples: 10 }).estimate).toBeCloseTo(0.2, 12);
  });

  it('is deterministic, brackets the estimate and excludes 0 for a clear improvement', () => {
    const random = seededRandom(5);
    const pairs = Array.from({ length: 30 }, () =>
      Array.from({ length: 5 }, (): [boolean, boolean] => {
        const passedInA = random() < 0.7;
        return [passedInA, passedInA || random() < 0.5];
      }),
    );
    const result = pairedBootstrapDifference(pairs, { resamples: 200 });
    expect(pairedBootstrapDifference(pairs, { resamples: 200 })).toEqual(result);
    expect(result.low).toBeLessThan(result.estimate);
    expect(result.high).toBeGreaterThan(result.estimate);
    expect(result.low).toBeGreaterThan(0);
  });

  it('is exactly [0, 0] when the runs agree everywhere', () => {
    const agreeing: Array<Array<[boolean, boolean]>> = [
      [
        [true, true],
        [false, false],
      ],
      [[true, true]],
    ];
    expect(pairedBootstrapDifference(agreeing)).toMatchObject({ estimate: 0, low: 0, high: 0 });
  });

  it('spans [−1, 1] without questions', () => {
    expect(pairedBootstrapDifference([])).toMatchObject({ low: -1, high: 1 });
  });
});

function width({ low, high }: { low: number; high: number }): number {
  return high - low;
}

describe('bootstrap against an independent oracle', () => {
  // Expected values from a separate Python implementation of mulberry32 and of DESIGN §4's
  // two-level resampling (draw stories, then questions within each drawn story; percentile type 7).
  it('hierarchical: 2 stories, 6 resamples, seed 2', () => {
    // Resampled rates, sorted: 0.25, 0.4, 0.6, 0.75, 0.8, 1.
    const groups = [
      [true, false],
      [true, true, false],
    ];
    expect(hierarchicalBootstrap(groups, { resamples: 6, seed: 2 })).toEqual({
      estimate: 0.6,
      low: expect.closeTo(0.26875, 12),
      high: expect.closeTo(0.975, 12),
      resamples: 6,
      seed: 2,
    });
    expect(hierarchicalBootstrap(groups, { resamples: 6, seed: 2, confidence: 0.5 })).toMatchObject({
      low: expect.closeTo(0.45, 12),
      high: expect.closeTo(0.7875, 12),
    });
  });

  it('paired: 2 stories, 6 resamples, seed 3', () => {
    // Per question B − A: story 1 → +1, −1, 0; story 2 → −1, 0. Resampled: −1, −0.8, −0.4, −0.4, −0.2, 0.
    const pairs: Array<Array<[boolean, boolean]>> = [
      [
        [false, true],
        [true, false],
        [true, true],
      ],
      [
        [true, false],
        [false, false],
      ],
    ];
    expect(pairedBootstrapDifference(pairs, { resamples: 6, seed: 3 })).toEqual({
      estimate: expect.closeTo(-0.2, 12),
      low: expect.closeTo(-0.975, 12),
      high: expect.closeTo(-0.025, 12),
      resamples: 6,
      seed: 3,
    });
  });
});
