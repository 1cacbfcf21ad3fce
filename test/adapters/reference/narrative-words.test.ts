// A question's related word forms (derived forms, ways of doing, clippings, compound heads) are
// looked up in the narrative it is ranked within, not in the whole store: a story's facts rank the
// same right after it was told and at the end of a run, whatever words other stories brought in.
import { describe, expect, it } from 'vitest';
import { engineMemory } from './engine-memory.js';

const RECITAL = [
  'ok I did it, I signed up for the adult students piano recital at the music school.',
  'the recital got moved to the big hall!!',
  'my teacher says I should play the Chopin nocturne, the slow one in E flat.',
  'practice log: an hour every evening this week.',
];
const QUESTION = 'What piece am I playing at the piano recital?';

function recitalAnswer(before: string[]): string {
  const { tell, ask } = engineMemory();
  before.forEach((line, day) => tell(line, `2022-01-0${day + 1}T09:00`));
  RECITAL.forEach((line, day) => tell(line, `2025-06-0${day + 1}T19:00`));
  return ask(QUESTION);
}

describe('related word forms within a narrative', () => {
  it('rank a story alike whether or not an older story holds a related form of a question word', () => {
    const alone = recitalAnswer(['the boiler broke again, the plumber comes on Friday.']);
    const withRecite = recitalAnswer([
      'the boiler broke again, the plumber comes on Friday.',
      'grandad used to recite poems at every family dinner.',
      'I can still recite the whole poem about the oak tree.',
    ]);
    expect(alone.split('\n')[0]).toContain('Chopin');
    expect(withRecite).toBe(alone);
  });
});
