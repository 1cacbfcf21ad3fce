// A numeric keyword that a substring match finds inside a larger number: "38" passes on "$138k",
// "10" on "100". It makes the strict rule pass wrong answers; carry the unit or the full figure.
import { gradedQuestions, type Corpus } from '../../corpus/model.js';
import { foldWhitespaceAndCase } from '../../grading/normalize-text.js';
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

const foldedInputs = new WeakMap<Corpus, Array<{ storyId: string; text: string }>>();

function inputs(corpus: Corpus) {
  const cached = foldedInputs.get(corpus);
  if (cached) return cached;
  const all = corpus.stories.flatMap((s) => s.turns.map((t) => ({ storyId: s.id, text: foldWhitespaceAndCase(t.text) })));
  foldedInputs.set(corpus, all);
  return all;
}

export const looseNumberRule: LintRule = {
  name: 'loose-number',
  description: 'a numeric keyword does not occur inside a larger number anywhere in the corpus',
  check(story, ctx) {
    for (const q of gradedQuestions(story)) {
      for (const keyword of q.expected) {
        const folded = foldWhitespaceAndCase(keyword);
        if (!startsOrEndsWithDigit(folded)) continue;
        for (const input of inputs(ctx.corpus)) {
          const context = insideLargerNumber(folded, input.text);
          if (context === undefined) continue;
          ctx.report('warning', q.source, 'expected_contains', `question ${q.id}: numeric keyword "${keyword}" occurs inside a larger number in story ${input.storyId} ("…${context}…"); give its unit or the full figure`);
          break;
        }
      }
    }
  },
};
