// Updates: a fact from an utterance that changes something told earlier replaces the value of the
// earlier fact it is about (the one sharing the most weighted words with it, in the same narrative).
// The old fact stays in memory as history, marked with what replaced it.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { isGroupTerm } from './terms.js';

const REPLACEABLE = new Set(['DATE', 'TIME', 'PLACE', 'ORGANIZATION', 'MONEY', 'QUANTITY', 'PERSON', 'OBJECT', 'EVENT', 'OTHER']);
const MIN_OVERLAP = 1.5;

function overlap(memory: Memory, a: Fact, b: Fact): number {
  const theirs = new Set(b.terms);
  return a.terms.filter((t) => theirs.has(t)).reduce((sum, t) => sum + memory.idf(t) * (isGroupTerm(t) ? 0.5 : 1), 0);
}

export function supersedeEarlier(memory: Memory, update: Fact): void {
  const earlier = memory
    .factsOf(update.tenant)
    .filter((f) => f.narrative === update.narrative && f.turn < update.turn && !f.noise)
    .map((f) => ({ fact: f, score: overlap(memory, update, f) }))
    .filter((c) => c.score >= MIN_OVERLAP)
    .sort((a, b) => b.score - a.score || b.fact.id - a.fact.id)[0];
  if (!earlier) return;
  const old = earlier.fact;
  old.supersededBy = update.id;
  for (const slot of update.slots) {
    if (!REPLACEABLE.has(slot.type)) continue;
    const before = old.slots.find(
      (s) =>
        s.type === slot.type &&
        s.value.toLowerCase() !== slot.value.toLowerCase() &&
        !update.text.toLowerCase().includes(` ${s.value.toLowerCase()}`),
    );
    if (before) old.replaced.push({ from: before.value, to: slot.value, by: update.id });
  }
}
