// Word weights within a narrative, not across the store: a situation question's parts rank the facts
// of the narrative it landed on by that narrative's own weights, and an update replaces the earlier
// fact chosen by them, so a story told after dozens of others answers as it does alone, however the
// other stories shifted how common each word is across the store.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { Story } from '../../../src/corpus/model.js';
import { engineMemory } from './engine-memory.js';

const CORPUS = path.resolve('corpus');

function answersOf(stories: readonly Story[], asked: Story): string[] {
  const { tell, ask } = engineMemory();
  for (const story of [...stories, asked])
    for (const turn of story.turns) if (!turn.midQuestion && !turn.generalKnowledgeTrap) tell(turn.text, turn.timestamp ?? '');
  return asked.questions.map((q) => ask(q.text));
}

describe('a story told after other stories', () => {
  // The mediation story's parts rank by its own word weights; in the recital story, which earlier
  // fact an update replaces is decided by the narrative's word weights too (supersede.ts).
  it.each([/, and who ran it\?$/, /recital rundown/])(
    'answer a story alike alone and after the stories told before it (%s)',
    async (asked) => {
      const { stories } = (await loadCorpus(CORPUS)).corpus;
      const at = stories.findIndex((s) => s.questions.some((q) => asked.test(q.text)));
      expect(at).toBeGreaterThan(5);
      const alone = answersOf([], stories[at]);
      expect(answersOf(stories.slice(0, at), stories[at])).toEqual(alone);
    },
    60_000,
  );
});
