// Whether a cue of the emotion lexicon is a word that names a feeling ("elated", "scared",
// "panicking", "dread"), as opposed to an interjection ("ugh", "phew"), an idiom ("over the moon"),
// a bodily sign ("shaking") or an "-ing" word describing what caused the feeling ("exciting").
// Only such a word is worth repeating to the user as their own name for what they feel. Decided by
// WordNet: an adjective, a noun filed under feelings, or a form of a verb filed under emotions.
import { sensesOf, synset, type WordNetPos } from './wordnet.js';

const NOUN_FEELING = 12;
const VERB_EMOTION = 37;

function filedUnder(pos: WordNetPos, lemma: string, lexFile: number): boolean {
  return sensesOf(pos, lemma).some((offset) => synset(pos, offset)?.lexFile === lexFile);
}

/** The lemma's most frequent sense is filed there ("panic": an emotion; "shake": a motion first). */
function mostlyFiledUnder(pos: WordNetPos, lemma: string, lexFile: number): boolean {
  const first = sensesOf(pos, lemma)[0];
  return first !== undefined && synset(pos, first)?.lexFile === lexFile;
}

/** The verb lemmas an -ed / -ing form may come from ("panicking" → panic, "terrified" → terrify). */
function verbBases(word: string): string[] {
  const stem = /^(.{2,}?)(?:ed|ing)$/.exec(word)?.[1];
  if (!stem) return [];
  const bases = [stem, `${stem}e`];
  if (/(.)\1$/.test(stem)) bases.push(stem.slice(0, -1));
  if (stem.endsWith('k')) bases.push(stem.slice(0, -1)); // panick-ing → panic
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`); // terrifi-ed → terrify
  return bases;
}

const fromEmotionVerb = (word: string) => verbBases(word).some((base) => mostlyFiledUnder('verb', base, VERB_EMOTION));

/** "elated", "scared", "dread", "overwhelmed": an adjective, a feeling noun, or an emotion verb's participle. */
const feelingWord = (word: string) => sensesOf('adj', word).length > 0 || filedUnder('noun', word, NOUN_FEELING) || fromEmotionVerb(word);

/**
 * "panicking", "dreading": an emotion verb the user is in the middle of. An "-ing" form WordNet lists
 * as an adjective names the cause instead ("an exciting offer", "a terrifying drive").
 */
const progressive = (word: string) =>
  sensesOf('adj', word).length === 0 && (filedUnder('noun', word, NOUN_FEELING) || fromEmotionVerb(word));

const cache = new Map<string, boolean>();

export function namesAFeeling(cue: string): boolean {
  const word = cue.toLowerCase();
  let known = cache.get(word);
  if (known === undefined) {
    known = /^[\p{L}-]+$/u.test(word) && (word.endsWith('ing') ? progressive(word) : feelingWord(word));
    cache.set(word, known);
  }
  return known;
}
