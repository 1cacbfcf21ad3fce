// Runs the checkpoints over one played story, so its findings are saved with it.
import { evaluateStory } from '../../checkpoints/index.js';
import type { Story } from '../corpus/model.js';
import type { StoryResult } from '../store/records.js';
import { isGraded } from '../grading/graded.js';

export function withFindings(story: Story, result: StoryResult): StoryResult {
  const questions = result.questions.filter(isGraded);
  return { ...result, findings: evaluateStory({ story, turns: result.turns, questions, dump: result.story.dump }) };
}
