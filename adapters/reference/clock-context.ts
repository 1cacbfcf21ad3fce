// Time context for routing: a question is asked now — at the engine's own clock, the story clock of
// the latest utterance it was told (never a clock the query carries) — and it is most likely about
// what the user had been talking about just before then: a narrative is preferred by how recently,
// at that clock, something was said in it (questions included). The narrative being told goes on a
// while longer, and one picked up again after a quiet spell may be the earlier one resumed, so it
// lends that one a share of its recency. The clock speaks only while the conversation is still with
// what was told last: once a question has moved it to another narrative, the user is looking back.
import type { Memory, Narrative } from './memory.js';

const DAY_MS = 24 * 3600 * 1000;
/** The narrative being told is taken to go on this long after its latest utterance. */
const STILL_GOING_DAYS = 30;

/** Each step between a narrative and the one it may resume halves the share of its clock. */
const RESUME_SHARE = 0.5;

/** The narratives linked to this one by being picked up again after a quiet spell, with their distance in links. */
export function resumedChain(memory: Memory, narrative: Narrative): Array<{ narrative: Narrative; links: number }> {
  const chain = [{ narrative, links: 0 }];
  let links = 0;
  for (let at = narrative; at.resumes !== undefined;) {
    const earlier = memory.narratives[at.resumes - 1];
    if (!earlier) break;
    chain.push({ narrative: earlier, links: ++links });
    at = earlier;
  }
  links = 0;
  for (let at = narrative, later = memory.narratives[at.id]; later?.resumes === at.id; at = later, later = memory.narratives[at.id]) {
    chain.push({ narrative: later, links: ++links });
  }
  return chain;
}

/**
 * How recently the narrative had been talked about at the clock `at`: 1 when something was said in
 * it then, ½ a day later; 0 when it had not begun. The narrative being told goes on a while longer.
 */
function recency(narrative: Narrative, at: number, going: boolean): number {
  let latest = Number.NaN;
  for (const heard of narrative.heard) if (heard <= at && !(heard <= latest)) latest = heard;
  if (Number.isNaN(latest)) return 0;
  const days = Math.max(0, (at - latest) / DAY_MS - (going ? STILL_GOING_DAYS : 0));
  return 1 / (1 + days);
}

/**
 * How well the clock now fits the narrative: its own recency, or a share of the recency of a
 * narrative it may resume or that may resume it; 0 before anything with a clock was told, or when
 * the conversation has moved away from what was told last.
 */
export function clockAffinity(memory: Memory, narrative: Narrative, told: number | undefined): number {
  const at = memory.clockNow(narrative.tenant);
  if (at === undefined) return 0;
  if (!stillWithTold(memory, narrative.tenant, told)) return 0;
  return Math.max(
    ...resumedChain(memory, narrative).map(({ narrative: n, links }) => recency(n, at, n.id === told) * RESUME_SHARE ** links),
  );
}

/**
 * Whether the conversation is still with what was told last (or a narrative it may resume): once a
 * question has moved it elsewhere, the user is looking back and the clock no longer says what they mean.
 */
function stillWithTold(memory: Memory, tenant: string, told: number | undefined): boolean {
  const focused = memory.focusedNarrative(tenant);
  const toldNarrative = told === undefined ? undefined : memory.narratives[told - 1];
  if (focused === undefined || !toldNarrative) return true;
  return resumedChain(memory, toldNarrative).some(({ narrative }) => narrative.id === focused);
}
