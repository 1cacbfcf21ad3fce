// A situation question's parts rank the facts of the narrative it landed on by that narrative's own
// word weights, as a single-value question's facts are ranked: told after dozens of other stories,
// a story answers its situation questions as it does alone, however the other stories shifted how
// common each word is across the store.
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

describe('situation parts within a narrative', () => {
  it('answer a story alike alone and after the stories told before it', async () => {
    const { stories } = (await loadCorpus(CORPUS)).corpus;
    const at = stories.findIndex((s) => s.questions.some((q) => /, and who ran it\?$/.test(q.text)));
    expect(at).toBeGreaterThan(20);
    const alone = answersOf([], stories[at]);
    expect(answersOf(stories.slice(0, at), stories[at])).toEqual(alone);
  }, 60_000);
});
