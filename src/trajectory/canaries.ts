// Canaries: distinctive values of one story that occur in no other story of the corpus, so an
// answer carrying one can only have come from that story.
//
// Derivation prefers evidence only a leak can produce: a story's candidate values are its answers
// (the expected keywords of its final and mid-trajectory questions, and the superseded values its
// questions must not contain) and its typed names (people, places, organisations). A candidate is a
// canary when it has at least 3 letters or digits, is not a value any story clock or adapter
// formatting can produce (bare numbers, dates, times, weekdays, months — see clock-like.ts), and
// occurs (folded like the strict grading rule, on word boundaries) in no other story's user inputs,
// clock, questions or expected values. Values shared on purpose — a collision set's common names,
// cities and employers — are therefore never canaries; the values that tell the stories apart are.
//
// Matching keeps what makes a value a value: a currency symbol is a token of its own ("€1,150" is
// not "$1,150"), and a number keeps its grouping and decimals ("750" is not in "1,750" or "2.750").
import { gradedQuestions, type Corpus, type Story } from '../corpus/model.js';
import { foldWhitespaceAndCase } from '../grading/normalize-text.js';
import { isClockLike } from './clock-like.js';

const MIN_CANARY_CHARS = 3;
const NAME_TYPES = new Set(['PERSON', 'PLACE', 'ORGANIZATION', 'ORGANISATION']);

function candidates(story: Story): string[] {
  const values = new Set<string>();
  for (const t of story.turns) {
    for (const [value, type] of Object.entries(t.storeTypes)) if (NAME_TYPES.has(String(type).toUpperCase())) values.add(value);
  }
  for (const q of gradedQuestions(story)) for (const v of [...q.expected, ...q.mustNotContain]) values.add(v);
  return [...values].filter((v) => (v.match(/[\p{L}\p{N}]/gu) ?? []).length >= MIN_CANARY_CHARS && !isClockLike(v));
}

function storyText(story: Story): string {
  const parts = story.turns.flatMap((t) => [t.text, t.time ?? '']);
  for (const q of gradedQuestions(story)) parts.push(q.text, ...q.expected, ...q.mustNotContain);
  for (const t of story.turns) parts.push(...t.expectedStores);
  return foldWhitespaceAndCase(parts.join('\n'));
}

const words = (folded: string): string[] => folded.match(/[\p{L}\p{N}]+/gu) ?? [];

/** A token of a value: a currency symbol, a number with its grouping, decimals and suffix ("1,150", "2.5", "138k"), or a word. */
const VALUE_TOKEN = /\p{Sc}|\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{N}]*|[\p{L}\p{N}]+/gu;

interface ValueToken {
  token: string;
  /** Character offset in the original text. */
  at: number;
}

function valueTokens(text: string): ValueToken[] {
  return [...text.matchAll(VALUE_TOKEN)].map((m) => ({ token: m[0].toLowerCase(), at: m.index ?? 0 }));
}

/** True when `folded` holds `value` (already folded) with word boundaries at both ends. */
export function containsOnWordBoundary(folded: string, value: string): boolean {
  let from = 0;
  for (;;) {
    const at = folded.indexOf(value, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : folded[at - 1];
    const after = folded[at + value.length] ?? '';
    const wordChar = /[\p{L}\p{N}]/u;
    const startsWord = !wordChar.test(value[0]) || !wordChar.test(before);
    const endsWord = !wordChar.test(value[value.length - 1]) || !wordChar.test(after);
    if (startsWord && endsWord) return true;
    from = at + 1;
  }
}

/** Canaries per story id, derived with a word index so it stays fast on large generated corpora. */
export function deriveCanaries(corpus: Corpus): Map<string, string[]> {
  const texts = corpus.stories.map(storyText);
  const storiesByWord = new Map<string, number[]>();
  texts.forEach((text, index) => {
    for (const w of new Set(words(text))) {
      const list = storiesByWord.get(w);
      if (list) list.push(index);
      else storiesByWord.set(w, [index]);
    }
  });
  const result = new Map<string, string[]>();
  corpus.stories.forEach((story, index) => {
    const canaries = candidates(story).filter((value) => {
      const folded = foldWhitespaceAndCase(value);
      const valueWords = words(folded);
      const rarest = valueWords.map((w) => storiesByWord.get(w) ?? []).sort((a, b) => a.length - b.length)[0] ?? [];
      return rarest.every((other) => other === index || !containsOnWordBoundary(texts[other], folded));
    });
    result.set(story.id, canaries);
  });
  return result;
}

export interface CanaryHit {
  storyId: string;
  canary: string;
  /** Token index of the first occurrence in the text searched. */
  tokenIndex: number;
  /** Character offset of the first occurrence. */
  at: number;
}

type Entry = { tokens: string[]; storyId: string; canary: string };

/**
 * Finds which stories' canaries a text carries, matching canaries as whole token sequences
 * (case-folded, currency symbols and number formats kept). Built once per run; each lookup is
 * linear in the text, and `first` stops at the first hit it is asked for.
 */
export class CanaryIndex {
  private readonly byFirstToken = new Map<string, Entry[]>();
  private longest = 1;

  constructor(canaries: Iterable<[string, readonly string[]]>) {
    for (const [storyId, list] of canaries) {
      for (const canary of list) {
        const tokens = valueTokens(canary).map((t) => t.token);
        if (tokens.length === 0) continue;
        const bucket = this.byFirstToken.get(tokens[0]) ?? [];
        bucket.push({ tokens, storyId, canary });
        this.byFirstToken.set(tokens[0], bucket);
        this.longest = Math.max(this.longest, tokens.length);
      }
    }
  }

  /** Every (story, canary) the text carries, each once, at its first occurrence, in order of appearance. */
  find(text: string): CanaryHit[] {
    return [...scan(text, this.byFirstToken, this.longest)];
  }

  /** The first hit that passes `test`, scanning no further than needed. */
  first(text: string, test: (hit: CanaryHit) => boolean): CanaryHit | undefined {
    for (const hit of scan(text, this.byFirstToken, this.longest)) if (test(hit)) return hit;
    return undefined;
  }
}

/** Hits in order of their start, each (story, canary) once; tokens are read only as far as needed. */
function* scan(text: string, byFirst: Map<string, Entry[]>, longest: number): Generator<CanaryHit> {
  const tokens: ValueToken[] = [];
  const seen = new Set<string>();
  const pattern = new RegExp(VALUE_TOKEN.source, VALUE_TOKEN.flags);
  function* startsAt(i: number): Generator<CanaryHit> {
    const bucket = byFirst.get(tokens[i].token);
    if (!bucket) return;
    for (const entry of bucket) {
      const key = `${entry.storyId}\0${entry.canary}`;
      if (seen.has(key) || !entry.tokens.every((w, j) => tokens[i + j]?.token === w)) continue;
      seen.add(key);
      yield { storyId: entry.storyId, canary: entry.canary, tokenIndex: i, at: tokens[i].at };
    }
  }
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    tokens.push({ token: m[0].toLowerCase(), at: m.index });
    const ready = tokens.length - longest;
    if (ready >= 0) yield* startsAt(ready);
  }
  for (let i = Math.max(0, tokens.length - longest + 1); i < tokens.length; i++) yield* startsAt(i);
}

/** Token index where the first of `values` starts in `text` (as canaries are matched), or null. */
export function firstOccurrence(text: string, values: readonly string[]): number | null {
  const index = new CanaryIndex([['', values]]);
  return index.first(text, () => true)?.tokenIndex ?? null;
}
