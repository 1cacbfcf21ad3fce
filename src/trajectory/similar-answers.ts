// "Another story's answer" to a question: an expected keyword of a question of that story that asks
// much the same thing — at least half of the content words of the shorter question are shared. A
// foreign name that answers nothing like the question does not mislead a reader; a foreign answer
// to the same question does.
import { contentWords } from '../text/words.js';

const MIN_SHARED = 0.5;

interface AskedElsewhere {
  storyId: string;
  words: Set<string>;
  expected: Set<string>;
}

export class SimilarQuestionAnswers {
  private readonly byWord = new Map<string, AskedElsewhere[]>();
  private readonly cache = new Map<string, Map<string, Set<string>>>();

  constructor(questions: Iterable<{ storyId: string; question: string; expected: readonly string[] }>) {
    const seen = new Set<string>();
    for (const q of questions) {
      const key = `${q.storyId}\0${q.question}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = {
        storyId: q.storyId,
        words: new Set(contentWords(q.question)),
        expected: new Set(q.expected.map((e) => e.toLowerCase())),
      };
      for (const w of entry.words) {
        const list = this.byWord.get(w);
        if (list) list.push(entry);
        else this.byWord.set(w, [entry]);
      }
    }
  }

  /** True when `value` is an expected keyword of a question of story `storyId` similar to `question`. */
  answers(question: string, storyId: string, value: string): boolean {
    return this.similarAnswers(question).get(storyId)?.has(value.toLowerCase()) ?? false;
  }

  private similarAnswers(question: string): Map<string, Set<string>> {
    const cached = this.cache.get(question);
    if (cached) return cached;
    const mine = new Set(contentWords(question));
    const shared = new Map<AskedElsewhere, number>();
    for (const w of mine) for (const other of this.byWord.get(w) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    const result = new Map<string, Set<string>>();
    for (const [other, n] of shared) {
      if (n / Math.min(other.words.size, mine.size) < MIN_SHARED) continue;
      const set = result.get(other.storyId) ?? new Set<string>();
      for (const e of other.expected) set.add(e);
      result.set(other.storyId, set);
    }
    this.cache.set(question, result);
    return result;
  }
}
