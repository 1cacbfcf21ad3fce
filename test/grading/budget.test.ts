import { describe, expect, it } from 'vitest';
import { BudgetedAnswer, tokenEnds } from '../../src/grading/answer-prefix.js';
import { describeBudget, parseBudget } from '../../src/grading/budget.js';

describe('answer budget', () => {
  it('cuts an answer at o200k token boundaries', () => {
    // o200k: "We", " move", " on", " Friday".
    expect(tokenEnds('We move on Friday')).toEqual([2, 7, 10, 17]);
    const answer = new BudgetedAnswer('We move on Friday');
    expect(answer.within(2)).toBe('We move');
    expect(answer.within(3)).toBe('We move on');
    expect(answer.within(4)).toBe('We move on Friday');
    expect(answer.within(null)).toBe('We move on Friday');
    expect(answer.exceeds(3)).toBe(true);
    expect(answer.exceeds(4)).toBe(false);
  });

  it('tokenises only a prefix of a long answer, and finds the same cut as a full pass would', () => {
    const long = 'the quick brown fox jumps over the lazy dog. '.repeat(5_000);
    const answer = new BudgetedAnswer(long);
    // One sentence is 10 tokens; only the first ~1,040 tokens (a few kB) are ever tokenised.
    expect(answer.within(1024).length).toBeLessThan(6_000);
    expect(answer.within(10)).toBe('the quick brown fox jumps over the lazy dog.');
    expect(tokenEnds(long).length).toBe(1024);
  });

  it('keeps multi-byte characters whole', () => {
    const answer = new BudgetedAnswer('€1,150 😀 café');
    expect(answer.within(1)).toBe('€');
    expect(answer.within(100)).toBe('€1,150 😀 café');
  });

  it('tokenises as far as needed when tokens are longer than the first slice assumes', () => {
    // ~17 characters per token: the first slice (5 characters per token) holds too few tokens.
    const long = ' responsibilities'.repeat(3_000);
    const ends = tokenEnds(long);
    expect(ends).toHaveLength(1024);
    expect(ends[1023]).toBe(1024 * ' responsibilities'.length);
    expect(new BudgetedAnswer(long).within(1024)).toBe(' responsibilities'.repeat(1024));
  });

  it('reads special-token text in an answer as plain text', () => {
    const answer = new BudgetedAnswer('<|endoftext|> Harrogate');
    expect(answer.within(1024)).toBe('<|endoftext|> Harrogate');
    expect(answer.exceeds(1)).toBe(true);
  });

  it('refuses a budget above the largest one', () => {
    expect(() => new BudgetedAnswer('short').within(1025)).toThrow(/above 1024 tokens/);
  });

  it('describes a budget', () => {
    expect(describeBudget(128)).toBe('128 tokens (o200k_base)');
    expect(describeBudget(null)).toBe('none (whole answer)');
  });

  it('parses --budget', () => {
    expect(parseBudget('128')).toBe(128);
    expect(parseBudget('1024')).toBe(1024);
    expect(parseBudget('none')).toBeNull();
    expect(parseBudget(' None ')).toBeNull();
    expect(() => parseBudget('1025')).toThrow('--budget must be a whole number of tokens from 1 to 1024, or "none"; got "1025"');
    expect(() => parseBudget('0')).toThrow(/whole number of tokens from 1 to 1024/);
    expect(() => parseBudget('2048')).toThrow(/1024/);
    expect(() => parseBudget('12.5')).toThrow();
  });
});
