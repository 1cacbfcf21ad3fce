// "Give me the full picture on my wrist - what it is, …": a part asking what the topic itself is.
// About a part of the body (or a bodily state) that is what is wrong with it, a condition — and not
// the body part the topic already names ("the wrist isn't settling").
import type { Fact } from './fact.js';
import type { SlotType } from './slots.js';
import { termsOf } from './terms.js';
import { sensesOf, synset } from './wordnet.js';
import { words } from './words.js';

/** "what it is", "what it was", "what that is": the thing the topic names, by a bare pronoun. */
const ASKS_IDENTITY = /^\s*what\s+(?:it|this|that)(?:\s+(?:is|was|'s|’s)|'s|’s)\s*[?.!]*\s*$/i;

/** WordNet's lexicographer files for parts of the body and states (noun.body, noun.state). */
const BODY_OR_STATE = new Set([8, 26]);

function namesBodyOrState(word: string): boolean {
  const first = sensesOf('noun', word)[0];
  return first !== undefined && BODY_OR_STATE.has(synset('noun', first)?.lexFile ?? -1);
}

/** The types a part asking what the topic is asks for: a condition when the topic names a part of the body. */
export function identityTypes(part: string, topic: string): SlotType[] {
  if (!ASKS_IDENTITY.test(part)) return [];
  return words(topic.toLowerCase()).some((w) => w.length > 2 && namesBodyOrState(w)) ? ['CONDITION'] : [];
}

/** Whether the fact holds a value of the types other than what the topic already names ("tendonitis", not "wrist"). */
export function holdsOtherThanTopic(fact: Fact, types: readonly SlotType[], topic: string): boolean {
  const named = new Set(termsOf(topic));
  return fact.slots.some((s) => types.includes(s.type) && !termsOf(s.value).some((t) => named.has(t)));
}
