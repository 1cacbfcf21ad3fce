/**
 * PTE — prefill token equivalents (DESIGN §4, arXiv 2604.05404): the cost of a sequence of LLM
 * calls in units of one prefilled token, PTE = Σ_i (D_prefill_i + γ · L_seq_i · D_decode_i).
 */

export interface LlmCall {
  /** Tokens prefilled at this call: the whole context, as the KV cache is assumed not reusable. */
  prefillTokens: number;
  /** Tokens generated. */
  decodeTokens: number;
  /** Context length when decoding starts (L_seq); defaults to prefillTokens. */
  contextLength?: number;
}

export function pte(calls: LlmCall[], gamma: number): number {
  let total = 0;
  for (const { prefillTokens, decodeTokens, contextLength = prefillTokens } of calls) {
    total += prefillTokens + gamma * contextLength * decodeTokens;
  }
  return total;
}

/**
 * PTE of one memory read handed to the downstream model: P + γ·P·D, with P = tokens of the question
 * plus the returned context and D the declared answer length. A single call whose prefill is P.
 */
export function readPte(contextTokens: number, answerTokens: number, gamma: number): number {
  return pte([{ prefillTokens: contextTokens, decodeTokens: answerTokens }], gamma);
}
