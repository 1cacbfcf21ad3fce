// Runs the checkpoints over one played story, under the run's recorded rules, so its findings are saved with it.
import { evaluateStory } from '../../checkpoints/index.js';
import type { Story } from '../corpus/model.js';
import type { StoryResult } from '../store/records.js';
import { isGraded } from '../grading/graded.js';
import type { RunRules } from '../grading/run-rules.js';

export function withFindings(story: Story, result: StoryResult, rules: RunRules): StoryResult {
  const questions = result.questions.filter(isGraded);
  return {
    ...result,
    findings: evaluateStory({
      story,
      turns: result.turns,
      questions,
      dump: result.story.dump,
      convergenceBudget: rules.convergenceBudget,
      emotionForms: rules.emotionForms,
    }),
  };
}
