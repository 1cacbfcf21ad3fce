// Noun ↔ verb forms of one word family that the stemmer cannot meet: a question's "wedding" and a
// told "we're getting married", "injury" and "I injured it", "diagnosis" and "they diagnosed it".
// WordNet links such forms by its derivational pointers ("+"), word to word: the wedding-ceremony
// sense of "wedding" points at "wed" in the synset "marry, wed, tie, splice", whose head word is
// "marry". Only a word's first sense is followed, so a rare sense brings in no stranger, and only a
// question's lower-case words are read (a capitalised "Wed" is a day or a name, not a verb).
import { sensesOf, synset, type WordNetPos } from './wordnet.js';
import { isFunctionWord, stem } from './words.js';

/** A related form's stem shorter than this ("wed", "hum") meets too many unrelated tokens. */
const MIN_STEM = 4;

const OTHER_POS: Partial<Record<WordNetPos, WordNetPos>> = { noun: 'verb', verb: 'noun' };

/** The dictionary forms a word may be an inflection of ("injuries" → injury, "married" → marry). */
function lemmaCandidates(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    out.push(base, `${base}e`);
    // "planned" → plan, "stopping" → stop: a doubled final consonant.
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

/**
 * The lemmas WordNet links to `lemma`'s first sense of `pos` by derivation. A linked word too short
 * to match safely ("wed") is said through its synset's head word instead ("marry").
 */
function derivedLemmas(pos: WordNetPos, lemma: string): string[] {
  const first = sensesOf(pos, lemma)[0];
  const other = OTHER_POS[pos];
  if (first === undefined || !other) return [];
  const own = synset(pos, first);
  if (!own) return [];
  const at = own.words.indexOf(lemma) + 1;
  return own.derivations
    .filter((d) => d.pos === other && d.source === at && d.target > 0)
    .flatMap((d) => {
      const target = synset(other, d.offset);
      const word = target?.words[d.target - 1];
      if (!target || !word) return [];
      return stem(word).length >= MIN_STEM ? [word] : [target.words[0]];
    });
}

const derivedCache = new Map<string, string[]>();
/** Stems of the other-part-of-speech forms of a lower-case word's family, minus its own stem. */
export function derivedStems(word: string): string[] {
  let stems = derivedCache.get(word);
  if (stems) return stems;
  const own = stem(word);
  const found = new Set<string>();
  for (const lemma of lemmaCandidates(word)) {
    for (const pos of ['noun', 'verb'] as const) {
      for (const related of derivedLemmas(pos, lemma)) {
        if (related.includes('_')) continue;
        const s = stem(related);
        if (s.length >= MIN_STEM && s !== own && s !== stem(lemma) && !isFunctionWord(related)) found.add(s);
      }
    }
  }
  stems = [...found];
  derivedCache.set(word, stems);
  return stems;
}

/**
 * Terms of the related forms the question's lower-case words may have been told as; `held` says
 * whether memory holds a term at all.
 */
export function derivedTerms(question: string, held: (term: string) => boolean): string[] {
  const out = new Set<string>();
  for (const m of question.matchAll(/(?<![\p{L}\p{N}'’-])(\p{Ll}+)(?![\p{L}\p{N}])/gu)) {
    const word = m[1];
    if (isFunctionWord(word)) continue;
    for (const s of derivedStems(word)) if (held(s)) out.add(s);
  }
  return [...out];
}
