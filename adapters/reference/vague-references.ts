// People name a thing once ("she taught me box breathing") and then call it vaguely by one of its
// words ("the breathing thing actually works??"). A sentence calling something "the W thing" (or
// "stuff", "trick") refers back to the last earlier sentence of its narrative holding W: an answer
// giving the vague sentence gives that one too, since it says what the thing is.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { stem, isFunctionWord } from './words.js';

const VAGUE = /\bthe\s+(\p{Ll}+)\s+(?:thing|things|stuff|trick)\b/u;

/** The word a sentence calls something vaguely by ("breathing" in "the breathing thing"), as a stem. */
export function vagueWord(text: string): string | undefined {
  const word = VAGUE.exec(text)?.[1];
  return word && !isFunctionWord(word) && word.length > 2 ? stem(word) : undefined;
}

/** The last earlier sentence of the same narrative holding the word a sentence calls something vaguely by. */
export function antecedentOf(memory: Memory, fact: Fact): { fact: Fact; word: string } | undefined {
  const word = vagueWord(fact.text);
  if (!word) return undefined;
  let found: Fact | undefined;
  for (const other of memory.factsOf(fact.tenant)) {
    if (other.id >= fact.id) break;
    if (other.narrative === fact.narrative && other.terms.includes(word) && vagueWord(other.text) !== word) found = other;
  }
  return found ? { fact: found, word } : undefined;
}
