// A question that carries its own answer: repeating the question passes it
// (62_q2 "Are we having a boy or a girl?" → [girl]).
import { gradedQuestions } from '../../corpus/model.js';
import { occursIn } from '../../text/match.js';
import type { LintRule } from '../rule.js';

export const guessableRule: LintRule = {
  name: 'guessable',
  description: 'no expected keyword occurs in its own question',
  check(story, ctx) {
    for (const q of gradedQuestions(story)) {
      const echoed = q.expected.filter((keyword) => occursIn(keyword, q.text));
      if (echoed.length > 0)
        ctx.report(
          'warning',
          q.source,
          'expected_contains',
          `question ${q.id}: expected keyword ${echoed.map((k) => `"${k}"`).join(', ')} occurs in the question itself; repeating the question passes it`,
        );
    }
  },
};
