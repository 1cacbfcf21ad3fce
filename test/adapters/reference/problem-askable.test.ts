// "What did I have to fix?" meets the sentence naming the problem, though it never says "fix"
// (lexicon/askables.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { askablesOf } from '../../../adapters/reference/lexicon/askables.js';
import { answer, story } from './engine-memory.js';

const namesProblem = (sentence: string) => askablesOf(sentence).some((q) => q.includes('needs fixing or work'));

describe('a problem named', () => {
  it('reads "the real problem", "my weak spot" as what needs work, not "no problem"', () => {
    expect(namesProblem('the real problem is that my legs sink')).toBe(true);
    expect(namesProblem('her weak spot is greenhouse work')).toBe(true);
    expect(namesProblem('no problem at all, see you Friday')).toBe(false);
  });

  it('answers what I had to fix with the problem named, first', () => {
    const memory = story(
      'signed up for adult swim lessons at the leisure centre, I can barely do a length.',
      'lesson 2 done. the coach says my arms are fine, the real problem is that my legs sink, so we are doing kick drills with a float every session.',
      'bought new goggles, the old ones leaked constantly.',
      'did 4 lengths without stopping today!!',
    );
    expect(answer(memory, 'What did I have to fix in my swimming?').split('\n')[0]).toContain('my legs sink');
  });
});
