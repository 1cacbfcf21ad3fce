// "Who helped me prepare?" is often answered by a sentence that shares none of its words: "Adebayo,
// my old coworker, is quizzing me in a week". What such a sentence does have is a person named
// beside what they are to the user ("my old coworker", "my brother Bastian", "a friend from HR,
// Priti") — someone who takes part in the story — unlike a passing "my sister sent me a meme" (no
// name) or a capitalised word the typer took for a name (no relation).
import type { Fact } from './fact.js';
import { ROLE_NOUNS } from './lexicon/kinds.js';
import { PERSON_NOUNS } from './part-types.js';

/** "my old coworker", "our neighbour", "a friend": up to three words after a determiner. */
const RELATION = /\b(?:my|our|a|an)((?:\s+[\p{Ll}-]+){1,3})/gu;

function namesRelation(text: string): boolean {
  return [...text.matchAll(RELATION)].some((m) =>
    m[1]
      .trim()
      .split(/\s+/)
      .some((w) => PERSON_NOUNS.has(w) || ROLE_NOUNS.has(w)),
  );
}

/** A capitalised person's name among the fact's values (not a kin word such as "dad"). */
function namesPerson(fact: Fact): boolean {
  return fact.slots.some((s) => s.type === 'PERSON' && /^\p{Lu}\p{Ll}/u.test(s.value) && s.value !== 'I');
}

/** Whether the fact names a person together with what they are to the user. */
export function namesSomeoneByRelation(fact: Fact): boolean {
  return namesPerson(fact) && namesRelation(fact.text);
}
