// An answer cut at o200k token boundaries. Each answer is tokenised once, and every budget of the
// curve is a prefix of that one pass.
import o200kBase from 'gpt-tokenizer/encoding/o200k_base';
import { ThreadlineError } from '../errors.js';
import { MAX_BUDGET, type Budget } from './budget.js';

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
// A first slice a little longer than needed: o200k averages ~4 characters per token on English prose.
const FIRST_SLICE_CHARS_PER_TOKEN = 5;
// Tokens near the end of a slice may merge differently once more text follows; keep them out.
const SLICE_MARGIN_TOKENS = 16;

/**
 * Where the first 1…`maxTokens` tokens of `text` end, as character offsets (ends[i] is the length
 * of the first i+1 tokens). Only a prefix of a long answer is tokenised, so a 60 kB dump costs the
 * same as a 5 kB one.
 */
export function tokenEnds(text: string, maxTokens = MAX_BUDGET): number[] {
  let sliceLength = Math.min(text.length, (maxTokens + SLICE_MARGIN_TOKENS) * FIRST_SLICE_CHARS_PER_TOKEN);
  for (;;) {
    const slice = text.slice(0, sliceLength);
    const tokens = o200kBase.encode(slice, PLAIN_TEXT);
    const whole = sliceLength >= text.length;
    if (whole || tokens.length > maxTokens + SLICE_MARGIN_TOKENS) {
      const ends: number[] = [];
      let offset = 0;
      for (const piece of o200kBase.decodeGenerator(tokens.slice(0, maxTokens))) {
        offset += piece.length;
        ends.push(offset);
      }
      return ends;
    }
    sliceLength = Math.min(text.length, sliceLength * 2);
  }
}

/**
 * An answer cut at token boundaries, for any budget up to `maxTokens` (MAX_BUDGET unless a reader
 * needs more, e.g. CP7's convergence budget), from one tokenisation.
 */
export class BudgetedAnswer {
  private readonly ends: number[];

  constructor(
    readonly text: string,
    private readonly maxTokens = MAX_BUDGET,
  ) {
    this.ends = tokenEnds(text, maxTokens);
  }

  /** True when the answer is longer than `budget` tokens (so the budget cuts it). */
  exceeds(budget: number): boolean {
    return this.ends.length >= budget && this.ends[budget - 1] < this.text.length;
  }

  /** The first `budget` tokens of the answer (the whole answer when `budget` is null or not reached). */
  within(budget: Budget): string {
    if (budget === null) return this.text;
    if (budget > this.maxTokens)
      throw new ThreadlineError('BUDGET_TOO_LARGE', `answer budgets above ${this.maxTokens} tokens are not supported`);
    if (!this.exceeds(budget)) return this.text;
    return this.text.slice(0, this.ends[budget - 1]);
  }
}
