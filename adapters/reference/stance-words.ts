// Sentence adverbs of stance and emphasis ("actually", "honestly", "basically"): in a question they
// say how the user asks ("what was actually wrong with my car?"), not what about, so a fact that
// happens to use one ("the actual birth", "he was actually decent about it") is no better an answer.
import { termsOf } from './terms.js';
import { words } from './words.js';

const STANCE = new Set(
  (
    'actually honestly basically literally seriously obviously apparently totally definitely probably clearly ' +
    'truly genuinely frankly exactly precisely simply certainly surely absolutely'
  ).split(' '),
);

/** The question's terms less those only its stance adverbs hold. */
export function withoutStance(question: string, terms: readonly string[]): string[] {
  const tokens = words(question);
  const stance = tokens.filter((w) => STANCE.has(w));
  if (stance.length === 0) return [...terms];
  const kept = new Set(tokens.filter((w) => !STANCE.has(w)).flatMap((w) => termsOf(w, true)));
  const quiet = new Set(stance.flatMap((w) => [...termsOf(w, true), `@${w}`]));
  return terms.filter((t) => !quiet.has(t) || kept.has(t));
}
