// A question's general verb meets a noun naming one way of doing it ("where did we eat?" / "we had
// lunch at …"), through WordNet's troponyms and their nouns in the first sense, at a synonym's
// weight (ways-of-doing.ts), in a whole question and in a situation's part. Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { wayTerms, waysOfDoing } from '../../../adapters/reference/ways-of-doing.js';
import { answer, story } from './engine-memory.js';

describe('ways of doing', () => {
  it('links a verb to the nouns of its ways, only in their first sense', () => {
    expect(waysOfDoing('eat')).toEqual(expect.arrayContaining(['dinner', 'lunch', 'breakfast', 'snack']));
    expect(waysOfDoing('eating')).toContain('dinner');
    // "mess" is a meal only in a rare sense, "piece" a bite only in one.
    expect(waysOfDoing('eat')).not.toContain('mess');
    expect(waysOfDoing('eat')).not.toContain('piec');
    // A noun naming a person ("diner", "glutton") is not a way of doing it.
    expect(waysOfDoing('eat')).not.toContain('diner');
    // "move" and "go" have dozens of ways each: too general for any one to say it was done.
    expect(waysOfDoing('move')).toEqual([]);
    expect(waysOfDoing('go')).toEqual([]);
  });

  it('reads only lower-case words, and only terms memory holds', () => {
    const held = (term: string) => term === 'lunch';
    expect(wayTerms('where did we eat?', held)).toEqual(['lunch']);
    expect(wayTerms('where did we eat?', () => false)).toEqual([]);
  });

  it('answers a question asked with the verb from the sentence told with the noun', () => {
    const memory = story(
      'on Friday Delphine Marchetti signed off the budget.',
      'had breakfast with Ambrose Kellerman on Friday before work, he is moving to Perth in the spring with his whole family and their old dog.',
      'Friday was also the day the printer caught fire, Delphine nearly cried laughing.',
    );
    expect(answer(memory, 'Who did I eat with on Friday?').split('\n')[0]).toContain('Ambrose');
  });
});
