// The clock a question carries (`options.asked`). A question asked in a story's own time — in the
// middle of it, or right after it — carries that story's clock. A question asked at the end of a
// run carries one clock shared by every story, the run's "now": a story's own clock would tell a
// layer which story an end-of-run question belongs to (nearly every story of a corpus ends at a
// different moment), and a layer routing by it would score retention it has not remembered.
import type { AskedAt } from '../adapter/contract.js';
import type { Story, Turn } from '../corpus/model.js';

/** The story's clock at a turn, as a question asked there is told it. */
export function storyClockAt(turn: Turn | undefined): AskedAt | undefined {
  if (!turn || (!turn.time && !turn.timestamp)) return undefined;
  return { ...(turn.time ? { time: turn.time } : {}), ...(turn.timestamp ? { timestamp: turn.timestamp } : {}) };
}

/**
 * The run's "now": the latest resolved clock any story reaches, the same for every story. Only the
 * resolved timestamp: a `time` as written ("Monday 9:00 AM") belongs to one story's calendar.
 * Undefined when no story's clock could be resolved.
 */
export function runNow(stories: readonly Story[]): AskedAt | undefined {
  let latest: string | undefined;
  for (const story of stories)
    for (const turn of story.turns) {
      // Resolved clocks are "YYYY-MM-DDTHH:MM" local times (src/corpus/clock.ts): text order is time order.
      if (turn.timestamp && (latest === undefined || turn.timestamp > latest)) latest = turn.timestamp;
    }
  return latest === undefined ? undefined : { timestamp: latest };
}
