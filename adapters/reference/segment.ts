// Disambiguation without a tenant id: the stream is cut into narratives where the story clock
// breaks — it runs backwards, or jumps far ahead with none of the narrative's names in the new
// utterance. Within one tenant id the same rule applies, but never across tenants.
import type { Memory, Narrative } from './memory.js';

const DAY_MS = 24 * 3600 * 1000;
/** A jump this long starts a new narrative unless the utterance names someone already in it. */
const QUIET_GAP_DAYS = 30;
/** A jump this long always starts a new narrative. */
const HARD_GAP_DAYS = 180;

function daysBetween(from: string, to: string): number {
  return (new Date(to).getTime() - new Date(from).getTime()) / DAY_MS;
}

export function narrativeFor(memory: Memory, tenant: string, timestamp: string | undefined, names: readonly string[]): Narrative {
  const current = memory.activeNarrative(tenant);
  if (!current) return memory.openNarrative(tenant);
  if (!timestamp || !current.lastTimestamp) return current;
  const gap = daysBetween(current.lastTimestamp, timestamp);
  const sharesName = names.some((n) =>
    n
      .toLowerCase()
      .split(/\s+/)
      .some((part) => current.names.has(part)),
  );
  if (gap < 0 || gap > HARD_GAP_DAYS || (gap > QUIET_GAP_DAYS && !sharesName)) return memory.openNarrative(tenant);
  return current;
}
