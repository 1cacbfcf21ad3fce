// CP10's label: the category noun of the emotion the engine reads ("joy"), and beside it the word
// the user named the feeling with when that is another word ("joy (elated)"): a companion repeats
// the user's own word rather than only its taxonomy's. Exactly one category and at most one word —
// the strongest named cue of that category (emphasised, "I'm so …", weighs more), never a list
// (two feelings the user states together are two labels joined, mixed-feelings.ts).
// Interjections and tears are not the user's name for a feeling; an idiom of feeling is given by its
// dictionary meaning ("over the moon": overjoyed), a word naming the cause in its felt form ("scary":
// scared).
import type { EmotionHit } from './emotion-hit.js';
import { feltForm } from './felt-form.js';
import { idiomMeaning } from './lexicon/emotion-idioms.js';
import { namesAFeeling } from './feeling-word.js';
import type { EmotionFamily } from './lexicon/emotion-family.js';
import { saidOfSelf } from './said-of.js';
import { AROUSAL_SIGNS, EMOTION_FAMILIES } from './lexicon/emotions.js';

const TEAR_CUES = new Set(EMOTION_FAMILIES.find((f) => f.name === 'tears')?.cues ?? []);
const SIGNS = new Set(AROUSAL_SIGNS);

/** Two forms of one word ("relief" / "relieved", "joy" / "joyful"): a shared stem of four letters, or the whole shorter word. */
function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.min(4, a.length, b.length);
}

/** The word a cue that names no feeling itself stands for: an idiom's meaning, a cause adjective's felt form. */
export const wordForFeeling = (cue: string): string | undefined => idiomMeaning(cue) ?? feltForm(cue);

/**
 * Tears at something good: being moved, the word English has for it. The user's own ("I nearly
 * cried") or those they were there to see ("dad cried when he saw the slideshow"); tears told as
 * someone's state ("Sade was in tears") are that person's event and never reach here (emotion.ts).
 */
const MOVED = 'moved';

function happyTears(hits: readonly EmotionHit[], family: EmotionFamily): boolean {
  return family.valence === 'positive' && hits.some((h) => h.family.name === family.name && TEAR_CUES.has(h.cue));
}

/** A word the user wrote comes before one read into an idiom or a cause adjective. */
const paraphrased = (hit: EmotionHit) => (wordForFeeling(hit.cue) === undefined ? 0 : 1);

/**
 * A word naming a feeling (WordNet), an idiom or cause adjective standing for one, or a participle
 * the user says of themselves that WordNet files only under its verb ("I'm devastated", "I feel gutted").
 */
function isFeelingWord(hit: EmotionHit, text: string): boolean {
  return wordForFeeling(hit.cue) !== undefined || namesAFeeling(hit.cue) || (/^\p{L}+ed$/u.test(hit.cue) && saidOfSelf(text, hit.at));
}

/** Whether the user named the family's feeling in a word of theirs (the family's own word included), or by happy tears. */
export function namedByUser(hits: readonly EmotionHit[], family: EmotionFamily, text: string): boolean {
  const named = hits.some((h) => h.family.name === family.name && !h.appraised && !TEAR_CUES.has(h.cue) && isFeelingWord(h, text));
  return named || happyTears(hits, family);
}

/**
 * "I'm shaking", "I was trembling": with no word naming the feeling, the state of the body the user
 * says of themselves is their own word for it (the sign's family says which feeling, bodily-signs.ts).
 */
function signSaidOfSelf(hits: readonly EmotionHit[], family: EmotionFamily, text: string): string | undefined {
  const sign = hits.find((h) => h.family.name === family.name && SIGNS.has(h.cue) && saidOfSelf(text, h.at));
  return sign && text.slice(sign.at, sign.at + sign.cue.length).toLowerCase();
}

/**
 * The strongest cue of the family that is a word naming a feeling, as the user wrote it (a word naming
 * the cause in its felt form, felt-form.ts), unless it is the family's own word.
 */
function userWord(hits: readonly EmotionHit[], family: EmotionFamily, text: string): string | undefined {
  const named = hits
    .filter((h) => h.family.name === family.name && !h.appraised && !TEAR_CUES.has(h.cue) && isFeelingWord(h, text))
    .sort((a, b) => paraphrased(a) - paraphrased(b) || b.weight - a.weight || a.at - b.at);
  const top = named[0];
  if (!top) return happyTears(hits, family) ? MOVED : signSaidOfSelf(hits, family, text);
  const written = text.slice(top.at, top.at + top.cue.length).toLowerCase();
  // A word naming the cause ("scary") is given in the form naming the feeling ("scared"), an idiom by its meaning.
  const said = wordForFeeling(written) ?? written;
  return sameWord(said, family.name) ? undefined : said;
}

/**
 * The label from the kind the strongest cue says (or the family's name) and the user's word. When
 * the user's word already says the kind ("happy": happiness), the family's name stands in for the
 * kind ("joy (happy)"), so the label still tells the category as well as the user's word.
 */
export function labelWithUserWord(kind: string | undefined, hits: readonly EmotionHit[], family: EmotionFamily, text: string): string {
  const category = kind ?? family.name;
  const word = userWord(hits, family, text);
  if (!word) return category;
  if (sameWord(word, category)) return sameWord(word, family.name) ? family.name : `${family.name} (${word})`;
  return `${category} (${word})`;
}
