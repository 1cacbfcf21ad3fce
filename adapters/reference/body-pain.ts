// A pain told of one's own body: "my right shin is screaming on every run", "my knee has been aching
// since Sunday", "my wrist hurts", "about my knee, it's been aching". No feeling is named, but a
// symptom whose cause and outcome are not yet known is a health concern, and the feeling that goes
// with a possible harm ahead is worry (anxiety's kind for what may go wrong, as against fear of a
// present danger). Read as an event told (appraised), so any feeling the user names beside it comes
// first. The body part is one WordNet files under noun.body; a body worn out by effort ("my feet are
// destroyed") is tiredness, not pain, and is left out, as are the heart and the brain, whose aches
// English says of sorrow ("my heart aches for her") and of too much to take in ("my brain hurts").
import type { EmotionHit } from './emotion-hit.js';
import type { EmotionFamily } from './lexicon/emotion-family.js';
import { partOfBody } from './said-of.js';

const PAIN =
  /\bmy\s+(?:(?:left|right|lower|upper|whole|bad)\s+)?([a-z]+)(?:,?\s+(?:and\s+)?it)?\s*(?:(?:is|are|was|were|has\s+been|have\s+been|keeps|kept|started|'s|’s)\s+)?(?:(?:still|really|so|properly|constantly|literally|been)\s+)*(aching|hurting|throbbing|screaming|killing\s+me|sore|swollen|painful|hurts|aches|throbs)\b/gi;

const WORRY = 'worry';
const FIGURATIVE = new Set(['heart', 'brain']);

export function painHits(text: string, anxiety: EmotionFamily, weight: number): EmotionHit[] {
  return [...text.matchAll(PAIN)]
    .filter((m) => !FIGURATIVE.has(m[1]!.toLowerCase()) && partOfBody(m[1]!.toLowerCase()))
    .map((m) => ({ family: anxiety, cue: m[0], at: m.index, weight, appraised: true, kind: WORRY }));
}
