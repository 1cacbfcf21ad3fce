// Every expected keyword must occur in a user input the question can draw on; otherwise the
// question is unanswerable by construction (the LOCOMO category-5 defect).
import { gradedQuestions } from '../../corpus/model.js';
import type { LintRule } from '../rule.js';
import { availableInputs, occursInAny } from '../../text/match.js';

export const answerableRule: LintRule = {
  name: 'unanswerable',
  description: 'expected keywords occur in some user input before the question is asked',
  check(story, ctx) {
    for (const q of gradedQuestions(story)) {
      const inputs = availableInputs(story, q.atTurn);
      const where = q.phase === 'mid' ? 'earlier user input' : 'user input of the story';
      for (const keyword of q.expected) {
        if (!occursInAny(keyword, inputs))
          ctx.report(
            'error',
            q.source,
            'expected_contains',
            `question ${q.id}: expected keyword "${keyword}" occurs in no ${where}; unanswerable`,
          );
      }
    }
  },
};
