// A question asks with a general verb where the user told a noun naming one way of doing it: "where
// did we eat?" / "we had dinner at …", "what did we drink?" / "a bottle of wine". WordNet files the
// ways of doing a verb as its troponyms ("dine", "lunch", "breakfast" under "eat a meal"), and
// links each to the noun of the same family ("dine" → "dinner"). A noun is taken only when that
// link reaches its first sense, so a word the link meets in a rare sense ("mess" of "mess hall",
// "piece" of "a piece of cake") brings in no stranger.
import { sensesOf, synset } from './wordnet.js';
import { isFunctionWord, stem } from './words.js';

/** Senses of the question's verb looked at: its commonest ("eat" is "take in food", then "eat a meal"). */
const SENSES = 2;
/**
 * A verb with more ways than this ("move", "go", "travel", "change": dozens each) is too general for
 * any one of them to say that it was done.
 */
const MAX_WAYS = 20;
/** A noun's stem shorter than this meets too many unrelated tokens. */
const MIN_STEM = 4;

/** WordNet's lexicographer files of nouns naming a doing: noun.act, noun.event, noun.food (a meal is an eating). */
const DOINGS = new Set([4, 11, 13]);

/** The dictionary forms a verb may be an inflection of ("eating" → eat, "rode" is left to the stemmer). */
function verbLemmas(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    out.push(`${base}e`, base);
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

/** The nouns naming a way of doing what a verb's sense says, each in its first sense. */
function waysOfSense(offset: number): string[] {
  const out: string[] = [];
  for (const troponym of synset('verb', offset)?.troponyms ?? []) {
    for (const link of synset('verb', troponym)?.derivations ?? []) {
      if (link.pos !== 'noun') continue;
      const noun = synset('noun', link.offset);
      const word = noun?.words[link.target - 1];
      if (!noun || !word || word.includes('_') || !DOINGS.has(noun.lexFile)) continue;
      if (sensesOf('noun', word)[0] === link.offset) out.push(word);
    }
  }
  return out;
}

const waysCache = new Map<string, string[]>();
/** Stems of the nouns naming ways of doing what a lower-case verb says ("eat" → dinner, lunch, snack …). */
export function waysOfDoing(word: string): string[] {
  let stems = waysCache.get(word);
  if (stems) return stems;
  const found = new Set<string>();
  const lemma = verbLemmas(word).find((l) => sensesOf('verb', l).length > 0);
  for (const offset of lemma ? sensesOf('verb', lemma).slice(0, SENSES) : []) {
    for (const noun of waysOfSense(offset)) {
      const s = stem(noun);
      if (s.length >= MIN_STEM && s !== stem(word) && !isFunctionWord(noun)) found.add(s);
    }
  }
  stems = found.size > MAX_WAYS ? [] : [...found];
  waysCache.set(word, stems);
  return stems;
}

/** WordNet's lexicographer file of verbs of motion. */
const MOTION = 38;

const movingCache = new Map<string, string[]>();
/**
 * "how did I end up getting to Lisbon?" / "rebooked me via Porto, landing at 21:05": a verb told
 * with where it led ("getting to", "get into") is meant in its first sense of motion ("arrive, get,
 * come"), and the verbs WordNet files as ways of doing that ("land") say that it was done. A verb
 * is taken only in its own first sense, so "reach" (first "reach, make, attain") or "come" bring in
 * no stranger; stems of those verbs.
 */
export function waysOfMoving(word: string): string[] {
  let stems = movingCache.get(word);
  if (stems) return stems;
  const found = new Set<string>();
  const lemma = verbLemmas(word).find((l) => sensesOf('verb', l).length > 0);
  const motion = lemma ? sensesOf('verb', lemma).find((offset) => synset('verb', offset)?.lexFile === MOTION) : undefined;
  for (const troponym of motion === undefined ? [] : (synset('verb', motion)?.troponyms ?? [])) {
    for (const verb of synset('verb', troponym)?.words ?? []) {
      if (verb.includes('_') || sensesOf('verb', verb)[0] !== troponym) continue;
      const s = stem(verb);
      if (s.length >= MIN_STEM && s !== stem(word) && !isFunctionWord(verb)) found.add(s);
    }
  }
  stems = found.size > MAX_WAYS ? [] : [...found];
  movingCache.set(word, stems);
  return stems;
}

/** A verb followed by where it led: "getting to Lisbon", "got into town". */
const TOWARDS = /^\s+(?:to|into|onto)\s+(?!(?:be|do|have|go|get|make|see|know)\b)/i;

/** Terms of the ways of doing the question's lower-case verbs may have been told as; `held` says whether memory holds a term. */
export function wayTerms(question: string, held: (term: string) => boolean): string[] {
  const out = new Set<string>();
  for (const m of question.matchAll(/(?<![\p{L}\p{N}'’-])(\p{Ll}+)(?![\p{L}\p{N}])/gu)) {
    const word = m[1];
    const towards = TOWARDS.test(question.slice((m.index ?? 0) + word.length));
    if (towards) for (const s of waysOfMoving(word)) if (held(s)) out.add(s);
    if (isFunctionWord(word)) continue;
    for (const s of waysOfDoing(word)) if (held(s)) out.add(s);
  }
  return [...out];
}
