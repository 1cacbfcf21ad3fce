// "Who coached me?" meets the sentence in which someone says what the user should do, though it
// shares no word with the question (lexicon/askables.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { askablesOf } from '../../../adapters/reference/lexicon/askables.js';
import { answer, story } from './engine-memory.js';

const givesAdvice = (sentence: string) => askablesOf(sentence).some((q) => q.includes('advised'));

describe('someone advising the user', () => {
  it('reads "says I should", "told me to" as advice, not any saying', () => {
    expect(givesAdvice('my uncle says I should ask for 64k')).toBe(true);
    expect(givesAdvice('she told me to walk away if they say no')).toBe(true);
    expect(givesAdvice('he said the meeting moved to Thursday')).toBe(false);
    expect(givesAdvice('I should really call my gran')).toBe(false);
  });

  it('answers who coached me with the advice, though it never says "coach"', () => {
    const memory = story(
      'got a job offer from Harlow Logistics for an ops manager role, they offered 58k and want an answer by Monday.',
      'rang my uncle Desmond, he has hired people for thirty years and says I should ask for 64k and not mention my current pay.',
      'the commute to Harlow would be 40 minutes each way, which is a bit much.',
      'sent the counter-offer this morning, fingers crossed.',
      'they came back at 62k plus a signing bonus, I am taking it!',
    );
    expect(answer(memory, 'Who coached me on the counter-offer?')).toContain('Desmond');
  });
});
