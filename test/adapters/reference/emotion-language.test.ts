// CP10, round 10: general rules of English emotion language the label follows — what a word means
// in British English, the felt form of a word naming the cause, idioms, shouting, mixed feelings.
import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../adapters/reference/emotion.js';

const label = (text: string) => detectEmotion(text).label;

describe('words whose sense is settled by usage', () => {
  it('reads "gutted" as bitter disappointment, keeping the user\'s word', () => {
    expect(label("they gave the part to someone else, I'm gutted")).toBe('disappointment (gutted)');
  });
});
