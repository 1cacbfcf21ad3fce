// "What ear drops is she on?" told "she's on Otomax drops"; "what was the breathing exercise called?"
// told "she taught me box breathing": a compound naming one instance of the thing asked holds the
// value asked for (named-instances.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { askedInstances, instanceNouns, namesInstance } from '../../../adapters/reference/named-instances.js';
import { answer, story } from './engine-memory.js';

describe('a compound naming one instance of the thing asked', () => {
  it('reads the thing a question asks which one of, or the name of', () => {
    expect(instanceNouns('What ear drops is Biscuit on?')).toEqual(['drops']);
    expect(instanceNouns('what was the stretching routine called again?')).toEqual(['stretching', 'routine']);
    expect(instanceNouns('Where is the clinic?')).toEqual([]);
  });

  it('takes a word before the noun, not a number, a determiner, an ordinal or the question’s own word', () => {
    const asked = askedInstances('What ear drops is Biscuit on?')!;
    expect(namesInstance('she is on Zymox drops twice a day', asked)).toBe(true);
    expect(namesInstance('4 drops twice a day', asked)).toBe(false);
    expect(namesInstance('she hates the drops', asked)).toBe(false);
    expect(namesInstance('the first drops stung', asked)).toBe(false);
    expect(namesInstance("Biscuit's drops are in the fridge", asked)).toBe(false);
  });

  it('answers what a routine was called with the sentence naming it', () => {
    const memory = story(
      'my physio showed me cat cow stretching for my back, ten reps morning and night.',
      'my manager says the routine at work is changing again.',
      'the physio says stretching before bed matters more than anything.',
      'booked a massage for Saturday at the Linden Spa.',
    );
    expect(answer(memory, 'what was the stretching routine called again?').split('\n')[0]).toContain('cat cow');
  });
});
