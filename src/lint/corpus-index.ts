// Per-corpus lookups the cross-story lint rules share, built once per corpus so that checks stay
// near-linear on large generated corpora: each story's folded user inputs, the stories each word
// occurs in, and the stories each digit sequence (or a proper prefix or suffix of one) occurs in.
import type { Corpus } from '../corpus/model.js';
import { foldWhitespaceAndCase } from '../grading/normalize-text.js';

export interface CorpusIndex {
  /** Folded user inputs of each story, by position in `corpus.stories`. */
  texts: string[];
  /** Word (letters and digits) → positions of the stories whose inputs hold it. */
  byWord: Map<string, number[]>;
  /** Digit sequence → stories holding it whole, or as a proper prefix or suffix of a longer one. */
  digits: { whole: Map<string, Set<number>>; prefix: Map<string, Set<number>>; suffix: Map<string, Set<number>> };
}

export const wordsOf = (folded: string): string[] => folded.match(/[\p{L}\p{N}]+/gu) ?? [];

const built = new WeakMap<Corpus, CorpusIndex>();

function add<K>(map: Map<K, Set<number>>, key: K, story: number): void {
  const set = map.get(key) ?? new Set<number>();
  map.set(key, set.add(story));
}

export function corpusIndex(corpus: Corpus): CorpusIndex {
  const cached = built.get(corpus);
  if (cached) return cached;
  const texts = corpus.stories.map((s) => foldWhitespaceAndCase(s.turns.map((t) => t.text).join('\n')));
  const byWord = new Map<string, number[]>();
  const digits = { whole: new Map<string, Set<number>>(), prefix: new Map<string, Set<number>>(), suffix: new Map<string, Set<number>>() };
  texts.forEach((text, story) => {
    for (const word of new Set(wordsOf(text))) {
      const list = byWord.get(word);
      if (list) list.push(story);
      else byWord.set(word, [story]);
    }
    for (const sequence of new Set(text.match(/\d+/g) ?? [])) {
      add(digits.whole, sequence, story);
      for (let cut = 1; cut < sequence.length; cut++) {
        add(digits.prefix, sequence.slice(0, cut), story);
        add(digits.suffix, sequence.slice(cut), story);
      }
    }
  });
  const index = { texts, byWord, digits };
  built.set(corpus, index);
  return index;
}
