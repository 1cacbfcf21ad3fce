import { percentile } from './percentiles.js';
import { seededRandom } from './random.js';

export interface BootstrapOptions {
  /** Number of resamples B; DESIGN default 10,000. */
  resamples?: number;
  /** Seed of the generator; the same seed and data give the same interval. */
  seed?: number;
  /** Coverage of the percentile interval, in (0, 1); default 0.95. */
  confidence?: number;
}

export interface BootstrapInterval {
  /** The statistic on the observed data (not the mean of the resamples). */
  estimate: number;
  low: number;
  high: number;
  resamples: number;
  seed: number;
}

/**
 * Two-level (hierarchical) bootstrap of a pooled pass rate (DESIGN §4): each resample draws as many
 * stories as there are, with replacement, then within each drawn story as many questions as it has,
 * with replacement; the statistic is passes ÷ questions over everything drawn. Percentile interval.
 * `groups` holds one array of question outcomes per story; stories without questions are ignored.
 */
export function hierarchicalBootstrap(groups: boolean[][], opts: BootstrapOptions = {}): BootstrapInterval {
  const stories = groups.filter((outcomes) => outcomes.length > 0);
  const tallies = tallyStories(stories, (outcomes) => ({
    positive: countWhere(outcomes, (passed) => passed),
    negative: 0,
  }));
  return bootstrapInterval(tallies, opts, [0, 1]);
}

/**
 * Paired two-level bootstrap of rateB − rateA for two runs on the same questions: `pairs` holds, per
 * story, one [passedInA, passedInB] per question; a drawn question carries both outcomes, so the
 * pairing is kept. Returns the interval of the difference (positive: B passes more).
 */
export function pairedBootstrapDifference(pairs: Array<Array<[boolean, boolean]>>, opts: BootstrapOptions = {}): BootstrapInterval {
  const stories = pairs.filter((outcomes) => outcomes.length > 0);
  const tallies = tallyStories(stories, (outcomes) => ({
    positive: countWhere(outcomes, ([inA, inB]) => inB && !inA),
    negative: countWhere(outcomes, ([inA, inB]) => inA && !inB),
  }));
  return bootstrapInterval(tallies, opts, [-1, 1]);
}

/**
 * Both statistics are a mean of per-question scores in {−1, 0, +1}, so each story reduces to three
 * counts: its questions, those scoring +1 and those scoring −1. Drawing a question uniformly is then
 * drawing an index and comparing it with the counts — no per-resample arrays.
 */
interface StoryTallies {
  sizes: Uint32Array;
  positives: Uint32Array;
  negatives: Uint32Array;
}

function tallyStories<T>(stories: T[][], score: (outcomes: T[]) => { positive: number; negative: number }): StoryTallies {
  const tallies: StoryTallies = {
    sizes: new Uint32Array(stories.length),
    positives: new Uint32Array(stories.length),
    negatives: new Uint32Array(stories.length),
  };
  stories.forEach((outcomes, index) => {
    const { positive, negative } = score(outcomes);
    tallies.sizes[index] = outcomes.length;
    tallies.positives[index] = positive;
    tallies.negatives[index] = negative;
  });
  return tallies;
}

function countWhere<T>(items: T[], predicate: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (predicate(item)) count++;
  return count;
}

/** `possibleRange` is returned when there is no question at all: nothing is known (as in Wilson 0/0). */
function bootstrapInterval(tallies: StoryTallies, opts: BootstrapOptions, possibleRange: [number, number]): BootstrapInterval {
  const resamples = opts.resamples ?? 10_000;
  const seed = opts.seed ?? 1;
  const confidence = opts.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
  }
  if (tallies.sizes.length === 0) {
    const [low, high] = possibleRange;
    return { estimate: 0, low, high, resamples, seed };
  }

  const statistics = resampleStatistics(tallies, resamples, seededRandom(seed)).sort();
  const tail = ((1 - confidence) / 2) * 100;
  return {
    estimate: observedStatistic(tallies),
    low: percentile(statistics, tail),
    high: percentile(statistics, 100 - tail),
    resamples,
    seed,
  };
}

function observedStatistic({ sizes, positives, negatives }: StoryTallies): number {
  let questions = 0;
  let score = 0;
  for (let story = 0; story < sizes.length; story++) {
    questions += sizes[story] as number;
    score += (positives[story] as number) - (negatives[story] as number);
  }
  return score / questions;
}

function resampleStatistics({ sizes, positives, negatives }: StoryTallies, resamples: number, random: () => number): Float64Array {
  const storyCount = sizes.length;
  const statistics = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let questions = 0;
    let score = 0;
    for (let s = 0; s < storyCount; s++) {
      const story = Math.floor(random() * storyCount);
      const size = sizes[story] as number;
      const positive = positives[story] as number;
      const negative = negatives[story] as number;
      questions += size;
      // Questions are ordered +1 first, then −1, then 0: a drawn index below `positive` scores +1.
      for (let q = 0; q < size; q++) {
        const index = Math.floor(random() * size);
        if (index < positive) score++;
        else if (index < positive + negative) score--;
      }
    }
    statistics[r] = score / questions;
  }
  return statistics;
}
