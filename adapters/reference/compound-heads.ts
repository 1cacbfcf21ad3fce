// A closed compound names a kind of its last word, and people call the thing by that word once it
// is known: "a bookshop downtown wants 60 candles … she asked for a custom scent for the shop",
// "the classroom" then "the room". A question's compound meets its head when WordNet files the
// compound's first sense directly under the head ("bookshop" → shop, "headache" → ache), not when
// the end of the word only looks like one ("weekend" is no kind of end, "coward" of ward).
import { nounLemmas, sensesOf, synset } from './wordnet.js';
import { isFunctionWord, stem } from './words.js';

/** A head shorter than this ("pen", "man") meets too many unrelated tokens. */
const MIN_HEAD = 4;

const headCache = new Map<string, string[]>();
/** Stems of the heads a lower-case compound names a kind of ("bookshop" → shop). */
export function compoundHeads(word: string): string[] {
  let heads = headCache.get(word);
  if (heads) return heads;
  const out = new Set<string>();
  for (const lemma of nounLemmas(word)) {
    const first = sensesOf('noun', lemma)[0];
    if (first === undefined) continue;
    for (const hypernym of synset('noun', first)?.hypernyms ?? []) {
      for (const head of synset('noun', hypernym)?.words ?? []) {
        if (head.length >= MIN_HEAD && head.length < lemma.length && lemma.endsWith(head) && !head.includes('_')) out.add(stem(head));
      }
    }
    break;
  }
  heads = [...out];
  headCache.set(word, heads);
  return heads;
}

/** Terms of the heads of the question's lower-case compounds that memory holds. */
export function headTerms(question: string, held: (term: string) => boolean): string[] {
  const out = new Set<string>();
  for (const m of question.matchAll(/(?<![\p{L}\p{N}'’-])(\p{Ll}+)(?![\p{L}\p{N}])/gu)) {
    const word = m[1];
    if (isFunctionWord(word)) continue;
    for (const s of compoundHeads(word)) if (held(s)) out.add(s);
  }
  return [...out];
}
