// A sentence that denies a verb ("I've never played with a piano before", "I'm not doing the Arioso
// anymore") does not tell what the user does: a situation part asking "what I'm playing" is answered
// by a sentence saying what is played, not by one saying something never was.
import { termsOf } from './terms.js';

/** A negation, up to two auxiliaries or adverbs, and the word it denies. */
const DENIAL =
  /\b(?:never|not|no longer|\w+n['’]t|cannot)\s+(?:(?:even|really|ever|yet|actually|been|be|being|have|had|got|gonna|going to|to)\s+){0,2}([\p{L}-]+)/giu;

const deniedOf = new Map<string, ReadonlySet<string>>();

/** The terms of the words a sentence denies. */
export function deniedTerms(text: string): ReadonlySet<string> {
  let denied = deniedOf.get(text);
  if (!denied) {
    denied = new Set([...text.matchAll(DENIAL)].flatMap((m) => termsOf(m[1])));
    deniedOf.set(text, denied);
  }
  return denied;
}

/** Whether every one of the asked terms the sentence holds is a word it denies (and it holds one). */
export function deniesAllAsked(text: string, held: readonly string[], asked: readonly string[]): boolean {
  const shared = asked.filter((t) => held.includes(t));
  if (shared.length === 0) return false;
  const denied = deniedTerms(text);
  return shared.every((t) => denied.has(t));
}
