// The answer budget: only the first B tokens (o200k, the tokenizer PTE uses) of an answer are
// graded. The tokenizer itself is in answer-prefix.ts, loaded only when answers are graded.
import { ThreadlineError } from '../errors.js';

/** Tokens per answer graded by default. */
export const DEFAULT_BUDGET = 128;
/** The budgets of the budget curve; `null` (unbudgeted) is added after them. */
export const BUDGET_CURVE = [32, 64, 128, 256, 512, 1024] as const;
export const BUDGET_ENCODING = 'o200k_base';
/** The largest budget: token offsets are kept up to here. */
export const MAX_BUDGET = 1024;

/** `null` means no budget: the whole answer is graded (ATANT v1.0's letter). */
export type Budget = number | null;

/** Parses `--budget N|none`. */
export function parseBudget(value: string): Budget {
  if (value.trim().toLowerCase() === 'none') return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > MAX_BUDGET) {
    throw new ThreadlineError('BAD_BUDGET', `--budget must be a whole number of tokens from 1 to ${MAX_BUDGET}, or "none"; got "${value}"`);
  }
  return n;
}

export const describeBudget = (budget: Budget) => (budget === null ? 'none (whole answer)' : `${budget} tokens (${BUDGET_ENCODING})`);
