// Must-not-appear values (superseded values) must be real values from the story and must not
// collide with the keywords a correct answer needs.
import { gradedQuestions } from '../../corpus/model.js';
import type { LintRule } from '../rule.js';
import { availableInputs, collides, occursInAny } from '../../text/match.js';

export const mustNotContainRule: LintRule = {
  name: 'must-not-contain',
  description: 'must_not_contain values occur in an earlier user input and do not overlap expected keywords',
  check(story, ctx) {
    for (const q of gradedQuestions(story)) {
      for (const value of q.mustNotContain) {
        if (!occursInAny(value, availableInputs(story, q.atTurn))) {
          ctx.report(
            'error',
            q.source,
            'must_not_contain',
            `question ${q.id}: must-not-appear value "${value}" occurs in no user input before the question`,
          );
        }
        for (const keyword of q.expected) {
          if (collides(value, keyword))
            ctx.report(
              'error',
              q.source,
              'must_not_contain',
              `question ${q.id}: must-not-appear value "${value}" collides with expected keyword "${keyword}"`,
            );
        }
      }
    }
  },
};
