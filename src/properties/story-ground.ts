// The per-story ground truth a run stores for its reports: canaries and question properties.
import { gradedQuestions, type Corpus } from '../corpus/model.js';
import type { StoryGround } from '../store/records.js';
import { deriveCanaries } from '../trajectory/canaries.js';
import { questionGround } from './question-properties.js';

export function storyGround(corpus: Corpus): StoryGround[] {
  const canaries = deriveCanaries(corpus);
  return corpus.stories.map((story) => ({
    storyId: story.id,
    category: story.category,
    canaries: canaries.get(story.id) ?? [],
    questions: Object.fromEntries(gradedQuestions(story).map((q) => [q.id, questionGround(story, q)])),
  }));
}
