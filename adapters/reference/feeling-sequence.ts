// Feelings in sequence: the user tells one feeling, then what happened next, then the opposite one
// ("ugh they found water damage … the adjuster approved the supplement already though, thank god").
// The second feeling answers a later event, so neither replaces the other: the label names both in
// the order lived, "frustration then relief". Told only when a turn ("but", "though", "then") comes
// after the first feeling and at least one clause of its own lies between them; two states named
// side by side ("tired but so happy", "excited but also terrified") are felt at once, not in turn
// (mixed-feelings.ts and salience.ts read those).
import type { EmotionHit } from './emotion-hit.js';
import { emotionKind } from './lexicon/emotion-kinds.js';

const TURN = /\b(?:but|though|then|in the end|eventually)\b/i;

/** A clause of its own: a sentence break, or a subject with words after it before the turn. */
const EVENT_BETWEEN = /[.;]\s+\S|\b(?:i|we|he|she|they|it|the\s+\w+)\s+\w+\s+\w+/i;

const opposite = (a: EmotionHit, b: EmotionHit) =>
  (a.family.valence === 'positive' && b.family.valence === 'negative') ||
  (a.family.valence === 'negative' && b.family.valence === 'positive');

/** The name a feeling of the sequence is given: the kind its cue says, else its family's. */
const nameOf = (hit: EmotionHit) => emotionKind(hit.family.name, hit.cue) ?? hit.family.name;

/** The two feelings, in the order told, when the second answers what happened after the first. */
export function feelingSequence(hits: readonly EmotionHit[], text: string): [EmotionHit, EmotionHit] | undefined {
  const named = hits.filter((h) => !h.appraised).sort((a, b) => a.at - b.at);
  for (const [i, first] of named.entries()) {
    const end = first.at + first.cue.length;
    const second = named.slice(i + 1).find((h) => {
      if (h.at < end || !opposite(first, h)) return false;
      const between = text.slice(end, h.at);
      const turn = TURN.exec(between);
      return turn !== null && EVENT_BETWEEN.test(between);
    });
    if (second) return [first, second];
  }
  return undefined;
}

export const sequenceName = (pair: readonly [EmotionHit, EmotionHit]) => `${nameOf(pair[0])} then ${nameOf(pair[1])}`;
