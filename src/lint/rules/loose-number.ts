// A numeric keyword that a substring match finds inside a larger number: "38" passes on "$138k",
// "10" on "100". It makes the strict rule pass wrong answers; carry the unit or the full figure.
import { gradedQuestions } from '../../corpus/model.js';
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

export const looseNumberRule: LintRule = {
  name: 'loose-number',
  description: 'a numeric keyword does not occur inside a larger number anywhere in the corpus',
  check(story, ctx) {
    for (const q of gradedQuestions(story)) {
      for (const keyword of q.expected) {
        const folded = foldWhitespaceAndCase(keyword);
        if (!startsOrEndsWithDigit(folded)) continue;
        const index = corpusIndex(ctx.corpus);
        const story = [...candidateStories(folded, index)].sort((a, b) => a - b).find((i) => insideLargerNumber(folded, index.texts[i]) !== undefined);
        if (story === undefined) continue;
        const context = insideLargerNumber(folded, index.texts[story]);
        ctx.report('warning', q.source, 'expected_contains', `question ${q.id}: numeric keyword "${keyword}" occurs inside a larger number in story ${ctx.corpus.stories[story].id} ("…${context}…"); give its unit or the full figure`);
      }
    }
  },
};
