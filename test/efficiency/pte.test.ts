import { describe, expect, it } from 'vitest';
import { type LlmCall, pte, readPte } from '../../src/efficiency/pte.js';

describe('pte', () => {
  it('reproduces the DESIGN worked check: 28,643.75', () => {
    // Prompt 1,000 tokens; the KV cache does not survive the tool pauses, so each call prefills
    // its whole context: the previous context, the previous answer and the tool response.
    const calls: LlmCall[] = [
      { prefillTokens: 1000, decodeTokens: 200 }, // 1,000 + 0.00625·1,000·200 = 2,250
      { prefillTokens: 1000 + 200 + 3000, decodeTokens: 150 }, // 4,200 + 3,937.5 = 8,137.5
      { prefillTokens: 4200 + 150 + 2000, decodeTokens: 300 }, // 6,350 + 11,906.25 = 18,256.25
    ];
    expect(pte(calls, 0.00625)).toBe(28_643.75);
  });

  it('uses contextLength for L_seq when given', () => {
    // A call that prefills only 100 new tokens on top of a 5,000-token cached context.
    expect(pte([{ prefillTokens: 100, decodeTokens: 10, contextLength: 5100 }], 0.01)).toBe(100 + 0.01 * 5100 * 10);
  });

  it('is 0 for no calls and equals the token count when γ = 0', () => {
    expect(pte([], 0.00625)).toBe(0);
    expect(pte([{ prefillTokens: 300, decodeTokens: 50 }], 0)).toBe(300);
  });
});

describe('readPte', () => {
  it('is P + γ·P·D', () => {
    expect(readPte(2000, 100, 0.00625)).toBe(2000 + 0.00625 * 2000 * 100);
  });

  it('equals the PTE of one call prefilling the read', () => {
    expect(readPte(1234, 56, 0.00329)).toBe(pte([{ prefillTokens: 1234, decodeTokens: 56 }], 0.00329));
  });
});
