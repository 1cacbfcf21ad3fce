import { describe, expect, it } from 'vitest';
import { tokenCounter } from '../../src/efficiency/tokens.js';

describe('tokenCounter', () => {
  it('counts "hello world" as 2 o200k_base tokens (the default)', () => {
    expect(tokenCounter()('hello world')).toBe(2);
    expect(tokenCounter('o200k_base')('hello world')).toBe(2);
  });

  it('counts BPE tokens, not words', () => {
    const sentence = 'On March 2nd I interviewed at Google with David Chen — nerve-wracking, honestly!';
    const words = sentence.split(/\s+/).length;
    const tokens = tokenCounter()(sentence);
    expect(tokens).toBeGreaterThan(0);
    expect(tokens).not.toBe(words);
  });

  it('supports cl100k_base, whose vocabulary splits some text differently', () => {
    const text = "Qu'est-ce que la mémoire à long terme ? 長期記憶とは何ですか";
    expect(tokenCounter('cl100k_base')(text)).not.toBe(tokenCounter('o200k_base')(text));
  });

  it('returns one shared counter per encoding', () => {
    expect(tokenCounter('cl100k_base')).toBe(tokenCounter('cl100k_base'));
  });

  it('counts special-token strings in user text instead of throwing', () => {
    expect(tokenCounter()('notes <|endoftext|> more')).toBeGreaterThan(3);
  });

  it('counts the empty string as 0', () => {
    expect(tokenCounter()('')).toBe(0);
  });
});
