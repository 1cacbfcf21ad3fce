// Routing without a tenant id over several questions: the conversation is about every narrative the
// questions so far fitted, each by how well, so a later question can settle what an earlier one
// left open.
import { describe, expect, it } from 'vitest';
import { engineMemory } from './engine-memory.js';

describe('the conversation over several questions', () => {
  it('is about both narratives an alike question fitted, until a later question settles which', () => {
    const { memory, tell, ask } = engineMemory();
    tell('my physio started me on naproxen, 200 mg after meals.', '2024-01-10T09:00');
    const harborview = tell(
      'booked the MRI at Harborview Health Center for March 8. I take 300 mg of naproxen twice a day.',
      '2024-03-01T09:00',
    );
    const copperfield = tell('booked my MRI at Copperfield Clinic for May 20.', '2024-05-01T09:00');
    const cat = tell('we adopted a cat called Biscuit from the shelter.', '2024-09-01T09:00');
    expect(ask('What is my cat called?')).toContain('Biscuit');
    expect(memory.beliefIn('', cat)).toBe(1);
    ask('When is my MRI?');
    expect(memory.beliefIn('', harborview)).toBeGreaterThan(0.3);
    expect(memory.beliefIn('', copperfield)).toBeGreaterThan(0.3);
    const dose = ask('What dose of naproxen am I on?');
    expect(dose).toContain('300 mg');
    expect(dose).not.toContain('200 mg');
    expect(memory.focusedNarrative('')).toBe(harborview);
  });

  it('is mostly about the narrative a clear question names, and back with the told one once something is told', () => {
    const { memory, tell, ask } = engineMemory();
    const kitchen = tell('Oakline Builders quoted £8,400 for the kitchen.', '2024-09-05T10:00');
    const dog = tell('Pepper needs a vet check; the rescue quoted £95 for it.', '2024-03-03T09:00');
    expect(ask('How much did Oakline Builders quote for the kitchen?')).toContain('8,400');
    expect(memory.beliefIn('', kitchen)).toBeGreaterThan(0.9);
    expect(memory.focusedNarrative('')).toBe(kitchen);
    tell('Pepper sleeps on the sofa all afternoon.', '2024-03-04T09:00');
    expect(memory.beliefIn('', dog)).toBe(1);
    expect(memory.beliefIn('', kitchen)).toBe(0);
  });
});

describe('the last-told narrative while the user only asks', () => {
  it('counts the questions answered since something was told, from zero again after a telling', () => {
    const { memory, tell, ask } = engineMemory();
    tell('Oakline Builders quoted £8,400 for the kitchen.', '2024-09-05T10:00');
    for (let i = 0; i < 3; i++) ask('How much was the kitchen quote?');
    expect(memory.questionsSinceTold('')).toBe(3);
    tell('the kitchen tiles arrive on Friday.', '2024-09-06T10:00');
    expect(memory.questionsSinceTold('')).toBe(0);
  });
});

describe('a name only one narrative has told', () => {
  it('routes there when its words fit best, though the conversation was about another narrative', () => {
    const { memory, tell, ask } = engineMemory();
    const wren = tell('Wren starts at Linwood Elementary on January 20, her first day in a new school.', '2023-01-05T09:00');
    const reading = tell('Amara reads with Ms. Okafor at Linwood Elementary every day after lunch.', '2024-09-02T09:00');
    tell('the first day of the reading club at Linwood Elementary was on October 3.', '2024-09-20T09:00');
    tell('the first day back at Linwood Elementary after the break went fine.', '2024-09-25T09:00');
    expect(ask('Who does Amara read with at Linwood?')).toContain('Okafor');
    expect(memory.focusedNarrative('')).toBe(reading);
    expect(ask("When was Wren's first day at Linwood Elementary?")).toContain('January 20');
    expect(memory.focusedNarrative('')).toBe(wren);
  });
});
