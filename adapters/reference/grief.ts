// Sadness over a death is grief: "we buried him today and I fell apart", "cried all through the
// funeral". When the utterance tells of a death (a grief cue, named or appraised), its sadness is
// read as grief; sadness with no death told stays sadness.
import type { EmotionHit } from './emotion-hit.js';
import { EMOTION_FAMILIES } from './lexicon/emotions.js';

const GRIEF = EMOTION_FAMILIES.find((f) => f.name === 'grief')!;

export function readGrief(hits: EmotionHit[]): EmotionHit[] {
  if (!hits.some((h) => h.family === GRIEF)) return hits;
  return hits.map((h) => (h.family.name === 'sadness' ? { ...h, family: GRIEF } : h));
}
