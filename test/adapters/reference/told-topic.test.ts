// Right after telling, a question that names nothing of another narrative is about what was just
// told: a category word the story told in other words ("injury" for "an ACL tear") does not take it
// to an earlier story that happened to say the word, while a word one earlier story alone holds
// still does.
import { describe, expect, it } from 'vitest';
import { engineMemory } from './engine-memory.js';
import { staysWithTold } from '../../../adapters/reference/told-topic.js';
import { termsOf } from '../../../adapters/reference/terms.js';

function threeStories() {
  const { memory, tell, ask } = engineMemory();
  tell('the physio says my shoulder injury is a rotator cuff strain, six weeks of rest.', '2023-02-01T09:00');
  tell('we adopted a kitten from the shelter, a grey tabby with white paws.', '2023-06-01T09:00');
  tell('my brother had an injury at work, a fractured wrist from a fall off a ladder.', '2024-01-10T09:00');
  const knee = tell("MRI results are in and it's a full ACL tear in my left knee, surgery is May 20.", '2025-05-05T21:00');
  return { memory, tell, ask, knee };
}

describe('a question right after telling', () => {
  it('stays with the story just told when its word is one several earlier stories hold', () => {
    const { memory, ask, knee } = threeStories();
    expect(ask('What injury do I have?')).toContain('ACL tear');
    expect(memory.focusedNarrative('')).toBe(knee);
  });

  it('still goes to the one earlier story that alone holds its word', () => {
    const { ask } = threeStories();
    expect(ask('What does my kitten look like?')).toContain('tabby');
  });
});

describe('a word one earlier narrative alone holds', () => {
  it('takes the question from the story just told only to that narrative', () => {
    const { memory, tell } = engineMemory();
    const chai = tell('I spilled chai all over my laptop keyboard this morning.', '2023-02-01T09:00');
    const kitten = tell('we adopted a kitten from the shelter, a grey tabby with white paws.', '2023-06-01T09:00');
    const knee = tell("MRI results are in and it's a full ACL tear in my left knee, surgery is May 20.", '2025-05-05T21:00');
    const told = memory.narratives[knee - 1];
    const spill = termsOf('the spill');
    expect(staysWithTold(memory, told, chai, spill, [])).toBe(false);
    expect(staysWithTold(memory, told, kitten, spill, [])).toBe(true);
  });
});

describe('a story picked up again after a quiet spell', () => {
  it('answers from its earlier part when the part just told holds nothing of the question', () => {
    const { tell, ask } = engineMemory();
    tell('my piano lessons are on Monday evenings, two days after choir practice.', '2022-01-10T09:00');
    tell('the kids swimming lessons moved to Saturday, the days at the pool are long.', '2022-06-10T09:00');
    tell('signed up at Desert Air, my lessons are Tuesday and Thursday mornings at 7.', '2024-01-10T09:00');
    tell('passed the written exam with a 92, so happy.', '2024-03-20T09:00');
    expect(ask('Which days are my lessons?')).toContain('Tuesday and Thursday');
  });
});
