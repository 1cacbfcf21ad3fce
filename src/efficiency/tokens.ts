import cl100kBase from 'gpt-tokenizer/encoding/cl100k_base';
import o200kBase from 'gpt-tokenizer/encoding/o200k_base';

/** BPE encodings gpt-tokenizer ships that a counter can use (o200k: GPT-4o and later). */
export type TokenEncoding = 'o200k_base' | 'cl100k_base';

type GptEncodingApi = typeof o200kBase;

const ENCODERS: Readonly<Record<TokenEncoding, GptEncodingApi>> = {
  o200k_base: o200kBase,
  cl100k_base: cl100kBase,
};

// Special-token strings such as "<|endoftext|>" in stored user text are counted as plain text;
// by default the tokenizer would throw on them.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

const counters = new Map<TokenEncoding, (text: string) => number>();

/** A counter of BPE tokens for one encoding; one shared counter per encoding. */
export function tokenCounter(encoding: TokenEncoding = 'o200k_base'): (text: string) => number {
  const cached = counters.get(encoding);
  if (cached) return cached;
  const encoder = ENCODERS[encoding];
  if (!encoder) throw new Error(`Unknown token encoding "${encoding}". Known: ${Object.keys(ENCODERS).join(', ')}.`);
  const count = (text: string): number => encoder.countTokens(text, PLAIN_TEXT);
  counters.set(encoding, count);
  return count;
}
