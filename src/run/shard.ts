// A deterministic slice of a corpus's stories, so one isolated run can be split across machines
// (`run --shard i/n`, as in vitest and Playwright) and merged back into one run.
import type { Story } from '../corpus/model.js';
import { ThreadlineError } from '../errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count)
    throw new ThreadlineError('BAD_SHARD', `--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/3), not "${text}"`);
  return { index, count };
}

/** Story i of the corpus (0-based) belongs to shard (i mod n) + 1: every shard gets stories from the whole corpus. */
export function inShard(seq: number, shard: Shard | undefined): boolean {
  return shard === undefined || seq % shard.count === shard.index - 1;
}

/** The stories a run plays, with their position in the whole corpus (which numbers their questions). */
export function storiesToPlay(stories: readonly Story[], shard: Shard | undefined): Array<{ story: Story; seq: number }> {
  return stories.map((story, seq) => ({ story, seq })).filter(({ seq }) => inShard(seq, shard));
}

export function shardOf(options: Record<string, unknown>): Shard | undefined {
  const shard = options.shard as Shard | undefined;
  return shard && typeof shard.index === 'number' && typeof shard.count === 'number' ? shard : undefined;
}
