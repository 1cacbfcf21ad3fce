// Bodily signs name no feeling of their own; the rest of the utterance decides which one they show.
// Tears are sadness unless the utterance is happy (tears of joy): a good feeling, an exclamation (or a shout), or,
// with no bad feeling named, an outcome judged good ("it's gorgeous … I nearly cried"). Arousal ("I'm shaking", "my heart
// is pounding") takes the feeling named beside it, as in the two-factor account of emotion: the
// body says how strongly, the situation says what; with none named, an exclamation or a shout reads it as
// excitement and anything else as anxiety.
import type { EmotionHit } from './emotion-hit.js';
import { AROUSAL_SIGNS, EMOTION_FAMILIES, type EmotionFamily } from './lexicon/emotions.js';
import { POSITIVE_EVALUATIONS } from './lexicon/evaluations.js';
import { exclaimed } from './shouting.js';

const family = (name: string) => EMOTION_FAMILIES.find((f) => f.name === name)!;
const JOY = family('joy');
const SADNESS = family('sadness');
const EXCITEMENT = family('excitement');
const SIGNS = new Set(AROUSAL_SIGNS);

const JUDGED_GOOD = new RegExp(`(?<![\\p{L}-])(?:${POSITIVE_EVALUATIONS.join('|')})(?![\\p{L}-])`, 'iu');

export function readTears(hits: EmotionHit[], text: string): EmotionHit[] {
  const negative = hits.some((h) => h.family.valence === 'negative');
  const positive = hits.some((h) => h.family.valence === 'positive') || exclaimed(text) || (!negative && JUDGED_GOOD.test(text));
  return hits.map((h) => (h.family.name === 'tears' ? { ...h, family: positive ? JOY : SADNESS } : h));
}

export function readArousal(hits: EmotionHit[], text: string): EmotionHit[] {
  if (!hits.some((h) => SIGNS.has(h.cue))) return hits;
  const named = hits.filter((h) => !h.appraised && !SIGNS.has(h.cue) && h.family.name !== 'tears');
  const strongest = [...named].sort((a, b) => b.weight - a.weight)[0];
  const shown: EmotionFamily | undefined = strongest?.family ?? (exclaimed(text) ? EXCITEMENT : undefined);
  return shown ? hits.map((h) => (SIGNS.has(h.cue) ? { ...h, family: shown } : h)) : hits;
}

/** "I'm still shaking": the body has not settled since what happened, the aftermath of a fright. */
const STILL = /\bstill\s+(?:[\w'’]+\s+)?$/i;

/**
 * The kind of anxiety a bodily sign shows when it is all that says the feeling: fear when the body is
 * still shaking from something that happened ("we had a fire tonight … I'm still shaking"), nerves
 * otherwise ("first day on the ward and my hands are literally shaking").
 */
export function signKind(hits: readonly EmotionHit[], family: EmotionFamily, text: string): string | undefined {
  if (family.name !== 'anxiety') return undefined;
  const named = hits.filter((h) => h.family === family && !h.appraised);
  if (named.length === 0 || !named.every((h) => SIGNS.has(h.cue))) return undefined;
  return named.some((h) => STILL.test(text.slice(Math.max(0, h.at - 20), h.at))) ? 'fear' : 'nervousness';
}
