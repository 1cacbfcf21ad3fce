// Mixed feelings the user states in one breath: "I'm thrilled and also a bit of a wreck", "excited
// but also kind of terrified", "equal parts thrilled and sick to my stomach". Two feelings of opposite
// valence joined by "and" (or an adding "but also"), the first said of the user themselves, are both
// the user's: the label names both. A plain "but" turns the sentence instead ("tired but so happy":
// the second carries the point, salience.ts), and a feeling the text does not name is never added.
import type { EmotionHit } from './emotion-hit.js';
import { emotionKind } from './lexicon/emotion-kinds.js';
import { saidOfSelf } from './said-of.js';

/** What may come between the two feelings: "and", "and also a bit of", "but also kind of", "yet also". */
const JOINED = /^\s*,?\s*(?:and|(?:but|yet)\s+also)\b(?:\s+[\p{L}'’]+){0,4}\s*$/iu;

const opposite = (a: EmotionHit, b: EmotionHit) =>
  (a.family.valence === 'positive' && b.family.valence === 'negative') ||
  (a.family.valence === 'negative' && b.family.valence === 'positive');

/** The two feelings, in the order said, when the user names a mixed pair of their own. */
export function mixedFeelings(hits: readonly EmotionHit[], text: string): [EmotionHit, EmotionHit] | undefined {
  const named = hits.filter((h) => !h.appraised).sort((a, b) => a.at - b.at);
  for (const [i, first] of named.entries()) {
    if (!saidOfSelf(text, first.at)) continue;
    const end = first.at + first.cue.length;
    const second = named.slice(i + 1).find((h) => h.at >= end && opposite(first, h) && JOINED.test(text.slice(end, h.at)));
    if (second) return [first, second];
  }
  return undefined;
}

/**
 * Eager anticipation mixed with fear of the same thing ("excited and terrified in equal measure",
 * "thrilled and also a bit of a wreck") is one state English names with one phrase: nervous
 * excitement. Contentment-like joy ("happy", "glad", "delighted") beside a worry is two feelings.
 */
export function blendName(pair: readonly [EmotionHit, EmotionHit]): string | undefined {
  const eager = pair.find((h) => h.family.name === 'excitement' || (h.family.name === 'joy' && emotionKind('joy', h.cue) === undefined));
  const afraid = pair.find((h) => h.family.name === 'anxiety');
  return eager && afraid ? 'nervous excitement' : undefined;
}
