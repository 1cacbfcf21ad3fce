// A doubled-consonant "-ing"/"-ed" word meets its verb whether compromise reads it as a verb or a
// noun ("my swimming" / "I started swimming"), the same on both sides, questions and facts.
import { describe, expect, it } from 'vitest';
import { undoubledVerb } from '../../../adapters/reference/doubled-consonant.js';
import { termsOf } from '../../../adapters/reference/terms.js';

describe('doubled consonants before -ing and -ed', () => {
  it.each([
    ['swimming', 'swim'],
    ['running', 'run'],
    ['planning', 'plan'],
    ['planned', 'plan'],
    ['stopped', 'stop'],
  ])('%s is made from %s', (word, verb) => expect(undoubledVerb(word)).toBe(verb));

  it.each(['adding', 'purring', 'buzzing', 'telling', 'eating'])('%s keeps its own root', (word) =>
    expect(undoubledVerb(word)).toBeUndefined(),
  );

  it('a gerund used as a noun meets the verb the story used', () => {
    expect(termsOf('What was the main thing I had to fix in my swimming?', true)).toContain('swim');
    expect(termsOf('my swim coach said I kick from the knees')).toContain('swim');
  });

  it('question and fact give the same terms for the same word', () => {
    for (const word of ['swimming', 'running', 'planning'])
      expect(termsOf(`I love ${word}`, true)).toEqual(expect.arrayContaining(termsOf(`I love ${word}`)));
  });

  it('a function word made from one adds no term ("getting" is not "get")', () => {
    expect(termsOf('getting there')).not.toContain('get');
  });
});
