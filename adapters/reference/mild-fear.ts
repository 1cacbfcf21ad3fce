// Fear at its mildest. English tells how much of a feeling there is with diminishers ("a bit", "a
// little", "slightly": Quirk et al.'s downtoners of degree), and fear turned down that way — "it's a
// bit scary", "I'm a little afraid" — is apprehension, the lowest rung of Plutchik's fear
// (apprehension, fear, terror), which the taxonomy calls nervousness. Hedges that approximate the
// word rather than lower the degree ("kind of scared", "sort of terrified") keep the word's rung, and
// the extremes ("a bit terrified") are said for effect and keep theirs too.
import type { EmotionHit } from './emotion-hit.js';

const DIMINISHED = /\b(?:a\s+(?:little\s+)?bit|a\s+little|slightly|mildly|somewhat)\s+$/i;
const EXTREME = new Set(['terrified', 'terrifying', 'petrified', 'horrified', 'horrifying']);
const NERVOUSNESS = 'nervousness';

/** "nervousness" for a fear word under a diminisher, otherwise the kind as read. */
export function mildFear(kind: string | undefined, top: EmotionHit, text: string): string | undefined {
  if (kind !== 'fear' || EXTREME.has(top.cue.toLowerCase())) return kind;
  return DIMINISHED.test(text.slice(Math.max(0, top.at - 20), top.at)) ? NERVOUSNESS : kind;
}
