// A being the question names by whom it belongs to ("my brother", "our dog") says which story is
// meant more than the question's generic words ("name", "live") do.
import { describe, expect, it } from 'vitest';
import { relationTerms } from '../../../adapters/reference/relations-asked.js';
import { engineMemory } from './engine-memory.js';

describe('the beings a question names by a possessive', () => {
  it('are people and animals, not things or states', () => {
    expect(relationTerms("What's my brother's name and where does he live?")).toEqual(['brother']);
    expect(relationTerms('Who is my new manager?')).toEqual(['manager']);
    expect(relationTerms('What did our dog eat?')).toEqual(['dog']);
    expect(relationTerms('What was my mood after the scan?')).toEqual([]);
    expect(relationTerms('What date did we close on the house?')).toEqual([]);
  });

  it('take the question to the story that told of that relation over one holding its other words', () => {
    const { memory, tell, ask } = engineMemory();
    const brother = tell('my brother Rafael lives in Houston now, he moved there for work.', '2024-01-10T09:00');
    tell("the landlord's name is Ortiz and he lives downstairs.", '2024-03-01T09:00');
    tell("we live near the park now, and the dog's name is Biscuit.", '2024-05-01T09:00');
    tell('my sister started her new job in the city.', '2024-07-01T09:00');
    const dentist = tell('the dentist said my molar needs a crown.', '2024-09-01T09:00');
    ask('What did the dentist say about my molar?');
    expect(memory.focusedNarrative('')).toBe(dentist);
    expect(ask("What's my brother's name and where does he live?")).toContain('Rafael');
    expect(memory.focusedNarrative('')).toBe(brother);
  });
});
