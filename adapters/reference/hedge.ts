// An ambiguous question's second reading. Without a tenant id, a question whose words fit another
// narrative about as well as the one it landed on (or better, when only the conversation or the
// clock chose) does not say which the user means: the answer then also gives the other narrative's
// best fact, after the chosen one's, as a person would ("the MRI at Harborview, or the one at
// Copperfield?"), within the same token budget.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { Fact } from './fact.js';

/** Leaves headroom under the default 128-token grading budget (as the answer itself does). */
const ANSWER_TOKENS = 120;

const tokensOf = (fact: Fact) => encode(`${fact.text}\n`).length;

/**
 * The chosen narrative's facts, cut to leave room for the other reading's fact (the first of them
 * always kept), then that fact. Unchanged when the other reading holds nothing new.
 */
export function withOtherReading(answer: readonly Fact[], other: readonly Fact[]): Fact[] {
  const extra = other.filter((f) => !answer.includes(f));
  if (extra.length === 0 || answer.length === 0) return [...answer];
  const room = ANSWER_TOKENS - extra.reduce((sum, f) => sum + tokensOf(f), 0);
  const kept: Fact[] = [answer[0]!];
  let used = tokensOf(answer[0]!);
  for (const fact of answer.slice(1)) {
    const cost = tokensOf(fact);
    if (used + cost > room) break;
    kept.push(fact);
    used += cost;
  }
  return [...kept, ...extra];
}
