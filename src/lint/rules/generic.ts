// An answer a guesser can give without memory: every keyword is a closed-class word (a weekday, a
// common feeling, a bare number…) or three characters or fewer, and the same answer serves questions
// of other stories too — so listing the usual answers passes it.
import { gradedQuestions, type Corpus } from '../../corpus/model.js';
import { foldWhitespaceAndCase } from '../../grading/normalize-text.js';
import { isClosedClassOrShort } from '../closed-class.js';
import type { LintRule } from '../rule.js';

const answerKey = (expected: readonly string[]) => [...new Set(expected.map(foldWhitespaceAndCase))].sort().join('\u0000');

const storiesByAnswer = new WeakMap<Corpus, Map<string, Set<string>>>();

function answerIndex(corpus: Corpus): Map<string, Set<string>> {
  const cached = storiesByAnswer.get(corpus);
  if (cached) return cached;
  const index = new Map<string, Set<string>>();
  for (const story of corpus.stories) {
    for (const q of gradedQuestions(story)) {
      const key = answerKey(q.expected);
      index.set(key, (index.get(key) ?? new Set<string>()).add(story.id));
    }
  }
  storiesByAnswer.set(corpus, index);
  return index;
}

export const genericRule: LintRule = {
  name: 'generic',
  description: 'an answer of only closed-class or ≤3-character keywords serves one story only',
  check(story, ctx) {
    const index = answerIndex(ctx.corpus);
    for (const q of gradedQuestions(story)) {
      if (q.expected.length === 0 || !q.expected.every(isClosedClassOrShort)) continue;
      const others = [...(index.get(answerKey(q.expected)) ?? [])].filter((id) => id !== story.id);
      if (others.length === 0) continue;
      ctx.report(
        'warning',
        q.source,
        'expected_contains',
        `question ${q.id}: answer [${q.expected.join(', ')}] is generic (closed-class or ≤3 characters) and also answers stories ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}; name the story's own words or add a distinctive keyword`,
      );
    }
  },
};
