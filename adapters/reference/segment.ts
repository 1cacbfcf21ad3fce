// Disambiguation without a tenant id: the stream is cut into narratives where the story clock
// breaks — it runs backwards, or jumps far ahead with none of the narrative's names in the new
// utterance (a word more than three narratives told as a name, "Dad" or "November", ties it to
// none). A narrative begun after a quiet spell joins the earlier one again once it names someone
// only that one told (continuation.ts). A name the utterance introduces ("my teacher Maya",
// "we're naming her Pickles") is someone new to the story, so after a quiet spell it begins a new
// one, whoever the earlier narrative called by that name. Within one tenant id the same rule
// applies, but never across tenants.
import type { Memory, Narrative } from './memory.js';
import { continuedNarrative } from './continuation.js';
import { nameParts } from './name-parts.js';
import { introducedParts } from './introduced-names.js';

const DAY_MS = 24 * 3600 * 1000;
/** A jump this long starts a new narrative unless the utterance names someone already in it. */
const QUIET_GAP_DAYS = 30;
/** A jump this long always starts a new narrative. */
const HARD_GAP_DAYS = 180;

/** A name part more narratives than this have told ("Dr", "Dad", "November") ties an utterance to none of them. */
const MAX_NARRATIVES_NAMING = 3;

function fewNaming(memory: Memory, tenant: string, part: string): boolean {
  return memory.narrativesNaming(tenant, part) <= MAX_NARRATIVES_NAMING;
}

function daysBetween(from: string, to: string): number {
  return (new Date(to).getTime() - new Date(from).getTime()) / DAY_MS;
}

export function narrativeFor(
  memory: Memory,
  tenant: string,
  timestamp: string | undefined,
  names: readonly string[],
  text: string,
): Narrative {
  const narrative = continuedNarrative(memory, chooseNarrative(memory, tenant, timestamp, names, text), names, text);
  hearAt(narrative, timestamp);
  return narrative;
}

function chooseNarrative(memory: Memory, tenant: string, timestamp: string | undefined, names: readonly string[], text: string): Narrative {
  const current = memory.activeNarrative(tenant);
  if (!current) return memory.openNarrative(tenant);
  if (!timestamp || !current.lastTimestamp) return current;
  const gap = daysBetween(current.lastTimestamp, timestamp);
  if (gap < 0 || gap > HARD_GAP_DAYS) return memory.openNarrative(tenant);
  if (quietFor(current, timestamp) <= QUIET_GAP_DAYS) return current;
  const introduced = introducedParts(text, names);
  const known = nameParts(names).filter((part) => current.names.has(part) && fewNaming(memory, tenant, part));
  // After a quiet spell, bringing in anew someone the narrative had named begins another story.
  if (known.some((part) => introduced.has(part))) return memory.openNarrative(tenant);
  if (!known.some((part) => !introduced.has(part))) {
    // Picked up again after a quiet spell with nothing named in common: a new narrative, or the
    // same one resumed; the clock cannot tell, so the new one remembers which it may resume.
    const next = memory.openNarrative(tenant);
    next.resumes = current.id;
    return next;
  }
  return current;
}

/**
 * How long the narrative had been quiet: since its latest utterance, questions included — a user
 * who asked about it a week ago was still talking about it then, however long ago they last told
 * something new.
 */
function quietFor(narrative: Narrative, timestamp: string): number {
  const since = [narrative.lastTimestamp, narrative.lastHeard].filter((t): t is string => t !== undefined);
  return Math.min(...since.map((t) => daysBetween(t, timestamp)));
}

/**
 * A question or aside told while a narrative is going on extends its clock (a story that ends with
 * "who runs the study group again?" was still going on then), unless the clock broke in between.
 */
export function hearUtterance(memory: Memory, tenant: string, timestamp: string | undefined): void {
  const current = memory.activeNarrative(tenant);
  const since = current?.lastHeard ?? current?.lastTimestamp;
  if (!current || !timestamp || !since) return;
  const gap = daysBetween(since, timestamp);
  if (gap >= 0 && gap <= QUIET_GAP_DAYS) {
    current.lastHeard = timestamp;
    hearAt(current, timestamp);
  }
}

function hearAt(narrative: Narrative, timestamp: string | undefined): void {
  const at = timestamp ? new Date(timestamp).getTime() : Number.NaN;
  if (!Number.isNaN(at)) narrative.heard.push(at);
}
