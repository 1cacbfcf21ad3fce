// What kind of thing a word names, from WordNet's hypernyms: "molar" is a tooth, "black" a colour,
// "triathlon" a contest. A question asks with the kind ("which tooth is it?", "what colour is my
// bike?") where the user told the instance, so a fact also carries the kinds of its nouns, matched
// more weakly than its own words.
import { isFunctionWord, stem, words } from './words.js';
import { nounLemmas, sensesOf, synset, type Synset } from './wordnet.js';

/** Senses of a noun looked at: its commonest ones, so "beagle" is a dog and not a detective. */
const SENSES = 1;
/** Steps up the hierarchy: a molar is a tooth (1), black an achromatic colour, a colour (2). */
const LEVELS = 2;
/** Kinds this close to the root ("entity", "object", "person", "event") say nothing. */
const MIN_DEPTH = 4;

const depthCache = new Map<number, number>();
/** Fewest hypernym steps from a noun synset to the root. */
function depthOf(offset: number, seen = new Set<number>()): number {
  const cached = depthCache.get(offset);
  if (cached !== undefined) return cached;
  const node = synset('noun', offset);
  let depth = 0;
  if (node && node.hypernyms.length > 0 && !seen.has(offset)) {
    seen.add(offset);
    depth = 1 + Math.min(...node.hypernyms.map((h) => depthOf(h, seen)));
  }
  depthCache.set(offset, depth);
  return depth;
}

/** The head word of each lemma of a synset ("hunting_dog" → dog), as matching stems. */
function headStems(node: Synset): string[] {
  return node.words.map((w) => stem(w.split(/[_-]/).pop() ?? w));
}

/**
 * A breed is a variety within a domesticated species: WordNet files the species under "domestic
 * animal" (dog) or names it "domestic X" (domestic cat, domestic sheep), and the breed below it
 * ("beagle" → hound → hunting dog → dog). "What breed is she?" asks for one, though WordNet links
 * no breed to the word "breed". Only the first hypernym of each step: "puppy" is a dog, but first
 * a young mammal, and no breed.
 */
const BREED = stem('breed');
const BREED_STEPS = 4;
function isBreedSense(offset: number): boolean {
  let node = synset('noun', offset);
  for (let step = 0; step < BREED_STEPS && node && node.hypernyms.length > 0; step++) {
    node = synset('noun', node.hypernyms[0]);
    if (node && isDomesticSpecies(node)) return true;
  }
  return false;
}
function isDomesticSpecies(node: Synset): boolean {
  return node.words[0].startsWith('domestic_') || node.hypernyms.some((h) => synset('noun', h)?.words[0] === 'domestic_animal');
}

const kindCache = new Map<string, string[]>();
/** Matching stems of the kinds a lower-cased word names as a noun. */
export function kindsOfWord(word: string): string[] {
  let kinds = kindCache.get(word);
  if (kinds) return kinds;
  const out = new Set<string>();
  const senses = nounLemmas(word)
    .map((lemma) => sensesOf('noun', lemma))
    .find((s) => s.length > 0);
  for (const offset of (senses ?? []).slice(0, SENSES)) {
    let level = [offset];
    for (let step = 0; step < LEVELS; step++) {
      level = level.flatMap((o) => synset('noun', o)?.hypernyms ?? []).filter((h) => depthOf(h) >= MIN_DEPTH);
      for (const h of level) {
        const node = synset('noun', h);
        if (node) for (const s of headStems(node)) out.add(s);
      }
    }
  }
  if ((senses ?? []).slice(0, SENSES).some(isBreedSense)) out.add(BREED);
  out.delete(stem(word));
  kinds = [...out].filter((s) => s.length > 2 && !isFunctionWord(s));
  kindCache.set(word, kinds);
  return kinds;
}

/** Kind stems of a sentence's common nouns (capitalised words are names, not kinds). */
export function kindTerms(sentence: string, own: readonly string[]): string[] {
  const names = new Set([...sentence.matchAll(/(?<=\S\s+)(\p{Lu}[\p{L}'’-]*)/gu)].map((m) => m[1].toLowerCase()));
  const out = new Set<string>();
  for (const word of words(sentence)) {
    if (word.length < 3 || isFunctionWord(word) || /\d/.test(word) || names.has(word)) continue;
    for (const kind of kindsOfWord(word)) out.add(kind);
  }
  for (const term of own) out.delete(term);
  return [...out];
}

/** "which repair shop", "what colour", "what kind of glaze": the words naming the kind of thing asked for. */
const KIND_ASKED = /\b(?:what|which)\s+(?:(?:kind|sort|type|brand|make) of\s+)?([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/giu;

/** The words by which a question names the kind of its answer, lower-cased. */
function askedKindWords(question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(KIND_ASKED)) {
    for (const word of [m[1], m[2]]) {
      const w = word?.toLowerCase();
      if (!w || isFunctionWord(w)) break;
      out.push(w);
    }
  }
  return out;
}

/** Stems of the words by which a question names the kind of its answer. */
export function askedKinds(question: string): string[] {
  return askedKindWords(question).map(stem);
}

/** WordNet's nouns for a classification: a breed, a genre, a colour is a kind of something. */
const CLASSIFICATION = new Set(['kind', 'category', 'taxonomic_group']);

const classifierCache = new Map<string, boolean>();
/** Whether some noun sense of a word is a kind of classification ("breed", "genre"; not "instrument"). */
function namesClassification(word: string): boolean {
  let result = classifierCache.get(word);
  if (result !== undefined) return result;
  result = false;
  const seen = new Set<number>();
  const stack = nounLemmas(word).flatMap((lemma) => sensesOf('noun', lemma).flatMap((s) => synset('noun', s)?.hypernyms ?? []));
  while (stack.length > 0 && !result) {
    const offset = stack.pop() as number;
    if (seen.has(offset)) continue;
    seen.add(offset);
    const node = synset('noun', offset);
    if (!node) continue;
    result = CLASSIFICATION.has(node.words[0]);
    stack.push(...node.hypernyms);
  }
  classifierCache.set(word, result);
  return result;
}

/**
 * Stems of the kinds a question asks its answer to be a classification by ("what breed is she?",
 * "what genre does he write?"): a fact naming an instance of one names the value asked for.
 */
export function askedClassifications(question: string): string[] {
  return askedKindWords(question).filter(namesClassification).map(stem);
}
