// People give an event's date ahead of it ("new date is June 4, same centre") and tell how it went on
// the day, often in words sharing nothing with it ("I PASSED!!!! 2 minors, no serious."). A reader
// asked how the event went looks at what was told once its day had come.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { toldNextTyped } from './part-evidence.js';
import { resolveTemporal } from './temporal.js';

/** An outcome is told on the day or soon after; much later, the next utterance is about something else. */
const DAYS_AFTER = 14;
const DAY_MS = 24 * 3600 * 1000;

function dayOf(timestamp: string | undefined): string | undefined {
  return timestamp && /^\d{4}-\d{2}-\d{2}/.test(timestamp) ? timestamp.slice(0, 10) : undefined;
}

/** The latest day ahead of its telling that the sentences of the fact's utterance give. */
function dayAhead(memory: Memory, fact: Fact): string | undefined {
  let latest: string | undefined;
  for (const sentence of memory.factsOf(fact.tenant)) {
    if (sentence.turn !== fact.turn) continue;
    for (const found of resolveTemporal(sentence.text, sentence.timestamp)) {
      const day = found.resolved?.slice(0, 10);
      if (!day) continue;
      if (found.direction === 'future' && (!latest || day > latest)) latest = day;
    }
  }
  return latest;
}

/**
 * The event's last mention (`mention`) gives its day ahead: the first utterance of the same
 * narratives (`pool`) told on or after that day, within two weeks of it, is how it went: its first
 * sentence, and the one after it when the first is a short heading ("I PASSED!!!!").
 */
export function toldOnTheDay(memory: Memory, mention: Fact | undefined, pool: readonly Fact[]): Fact[] {
  if (!mention || dayOf(mention.timestamp) === undefined) return [];
  const day = dayAhead(memory, mention);
  if (!day) return [];
  const latest = new Date(new Date(`${day}T00:00:00Z`).getTime() + DAYS_AFTER * DAY_MS).toISOString().slice(0, 10);
  let first: Fact | undefined;
  for (const f of pool) {
    const told = dayOf(f.timestamp);
    if (f.id > mention.id && f.turn !== mention.turn && !f.noise && told !== undefined && told >= day && (!first || f.id < first.id))
      first = f;
  }
  if (!first || (dayOf(first.timestamp) as string) > latest) return [];
  const next = toldNextTyped(memory, first, []);
  return next ? [first, next] : [first];
}
