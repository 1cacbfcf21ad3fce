// A numeric keyword that a substring match finds inside a larger number: "38" passes on "$138k",
// "10" on "100". It makes the strict rule pass wrong answers; carry the unit or the full figure.
import { gradedQuestions, type Corpus } from '../../corpus/model.js';
import { foldWhitespaceAndCase } from '../../grading/normalize-text.js';
import { corpusIndex, type CorpusIndex } from '../corpus-index.js';
import type { LintRule } from '../rule.js';

const startsOrEndsWithDigit = (keyword: string) => /^\d|\d$/.test(keyword);

/** The first place `keyword` occurs with a digit (or a digit and `,`/`.`) before it or a digit after it. */
export function insideLargerNumber(keyword: string, folded: string): string | undefined {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^\d/.test(keyword) ? '(?<=\\d[,.]?)' : '(?!)';
  const after = /\d$/.test(keyword) ? '(?=\\d)' : '(?!)';
  const match = new RegExp(`(?:${before}${escaped}|${escaped}${after})`, 'u').exec(folded);
  if (!match) return undefined;
  return folded.slice(Math.max(0, match.index - 12), match.index + keyword.length + 12).trim();
}

/**
 * Stories where `keyword` might sit inside a larger number: its leading digits ending a longer
 * digit sequence or standing after a separator, or its trailing digits starting a longer one.
 */
function candidateStories(keyword: string, index: CorpusIndex): Set<number> {
  const found = new Set<number>();
  const take = (set: Set<number> | undefined) => set?.forEach((story) => found.add(story));
  const head = /^\d+/.exec(keyword)?.[0];
  const tail = /\d+$/.exec(keyword)?.[0];
  if (head) {
    take(index.digits.suffix.get(head));
    take(index.digits.whole.get(head));
  }
  if (tail) take(index.digits.prefix.get(tail));
  return found;
}

interface Occurrence {
  storyId: string;
  context: string;
}

/** Keywords repeat across a large corpus ("10", "May 3rd"), so each is looked up once per corpus. */
const looked = new WeakMap<Corpus, Map<string, Occurrence | undefined>>();

function firstLooseOccurrence(keyword: string, corpus: Corpus): Occurrence | undefined {
  const cache = looked.get(corpus) ?? new Map<string, Occurrence | undefined>();
  looked.set(corpus, cache);
  if (cache.has(keyword)) return cache.get(keyword);
  const index = corpusIndex(corpus);
  let found: Occurrence | undefined;
  for (const position of [...candidateStories(keyword, index)].sort((a, b) => a - b)) {
    const context = insideLargerNumber(keyword, index.texts[position]);
    if (context === undefined) continue;
    found = { storyId: corpus.stories[position].id, context };
    break;
  }
  cache.set(keyword, found);
  return found;
}

export const looseNumberRule: LintRule = {
  name: 'loose-number',
  description: 'a numeric keyword does not occur inside a larger number anywhere in the corpus',
  check(story, ctx) {
    for (const q of gradedQuestions(story)) {
      for (const keyword of q.expected) {
        const folded = foldWhitespaceAndCase(keyword);
        if (!startsOrEndsWithDigit(folded)) continue;
        const found = firstLooseOccurrence(folded, ctx.corpus);
        if (!found) continue;
        ctx.report(
          'warning',
          q.source,
          'expected_contains',
          `question ${q.id}: numeric keyword "${keyword}" occurs inside a larger number in story ${found.storyId} ("…${found.context}…"); give its unit or the full figure`,
        );
      }
    }
  },
};
