// What kind of thing a word names, from WordNet's hypernyms: "molar" is a tooth, "black" a colour,
// "triathlon" a contest. A question asks with the kind ("which tooth is it?", "what colour is my
// bike?") where the user told the instance, so a fact also carries the kinds of its nouns, matched
// more weakly than its own words.
import { isFunctionWord, stem, words } from './words.js';
import { sensesOf, synset, type Synset } from './wordnet.js';

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

/** The dictionary forms a word may have as a noun ("stitches" → stitch, "ponies" → pony). */
function nounLemmas(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:ch|sh|x|ss|s)es$/.test(word)) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

/** The head word of each lemma of a synset ("hunting_dog" → dog), as matching stems. */
function headStems(node: Synset): string[] {
  return node.words.map((w) => stem(w.split(/[_-]/).pop() ?? w));
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

/** Stems of the words by which a question names the kind of its answer. */
export function askedKinds(question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(KIND_ASKED)) {
    for (const word of [m[1], m[2]]) {
      const w = word?.toLowerCase();
      if (!w || isFunctionWord(w)) break;
      out.push(stem(w));
    }
  }
  return out;
}
