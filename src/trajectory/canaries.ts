// Canaries: distinctive strings of one story that occur in no other story of the corpus, so an
// answer carrying one can only have come from that story.
//
// Derivation: a story's candidate values are its expected keywords (final and mid-trajectory
// questions), its expected stores, its must-not-appear values and its typed values. A candidate is
// a canary when it has at least 3 letters or digits and occurs (folded like the strict grading
// rule, on word boundaries) in no other story's user inputs, questions or expected values. Values
// shared on purpose — the collision set's common names, cities and employers — are therefore
// never canaries; the values that tell the stories apart are.
import { gradedQuestions, type Corpus, type Story } from '../corpus/model.js';
import { foldWhitespaceAndCase } from '../grading/normalize-text.js';

const MIN_CANARY_CHARS = 3;

function candidates(story: Story): string[] {
  const values = new Set<string>();
  for (const t of story.turns) {
    for (const v of t.expectedStores) values.add(v);
    for (const v of Object.keys(t.storeTypes)) values.add(v);
  }
  for (const q of gradedQuestions(story)) for (const v of [...q.expected, ...q.mustNotContain]) values.add(v);
  return [...values].filter((v) => (v.match(/[\p{L}\p{N}]/gu) ?? []).length >= MIN_CANARY_CHARS);
}

function storyText(story: Story): string {
  const parts = story.turns.map((t) => t.text);
  for (const q of gradedQuestions(story)) parts.push(q.text, ...q.expected, ...q.mustNotContain);
  for (const t of story.turns) parts.push(...t.expectedStores);
  return foldWhitespaceAndCase(parts.join('\n'));
}

const words = (folded: string): string[] => folded.match(/[\p{L}\p{N}]+/gu) ?? [];

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

/**
 * Finds which stories' canaries an answer carries, matching canaries as whole word sequences
 * (letters and digits, case-folded). Built once per run; each lookup is linear in the answer.
 */
export class CanaryIndex {
  private readonly byFirstWord = new Map<string, Array<{ words: string[]; storyId: string; canary: string }>>();

  constructor(canaries: Iterable<[string, readonly string[]]>) {
    for (const [storyId, list] of canaries) {
      for (const canary of list) {
        const ws = words(foldWhitespaceAndCase(canary));
        if (ws.length === 0) continue;
        const bucket = this.byFirstWord.get(ws[0]) ?? [];
        bucket.push({ words: ws, storyId, canary });
        this.byFirstWord.set(ws[0], bucket);
      }
    }
  }

  private last: { text: string; found: Array<{ storyId: string; canary: string }> } = { text: '', found: [] };

  /** Every (story, canary) the text carries, each once. Consecutive equal texts are scanned once. */
  find(text: string): Array<{ storyId: string; canary: string }> {
    if (text === this.last.text) return [...this.last.found];
    this.last = { text, found: this.scan(text) };
    return [...this.last.found];
  }

  private scan(text: string): Array<{ storyId: string; canary: string }> {
    const ws = words(foldWhitespaceAndCase(text));
    const found = new Map<string, { storyId: string; canary: string }>();
    for (let i = 0; i < ws.length; i++) {
      const bucket = this.byFirstWord.get(ws[i]);
      if (!bucket) continue;
      for (const entry of bucket) {
        if (entry.words.every((w, j) => ws[i + j] === w)) found.set(`${entry.storyId}\0${entry.canary}`, entry);
      }
    }
    return [...found.values()];
  }
}
