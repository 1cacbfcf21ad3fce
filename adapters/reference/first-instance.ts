// "What did I make on the first prep day?": told "doing meal prep every Sunday now" in the
// afternoon, "made chicken and rice bowls, a big pot of turkey chili …" that evening. The first
// instance of a thing is the day it was first told of; what the user told on that day, in another
// utterance, is about that instance too, though it does not say the thing's word again.
import type { Fact } from './fact.js';

/** The calendar day a fact was told on ('' when untimed). */
export const dayOf = (fact: Fact): string => fact.timestamp?.slice(0, 10) ?? '';

/**
 * The noun the question puts "first" to ("prep" in "the first prep day"), with the day the earliest
 * of `facts` holding it was told on; undefined when the question asks for no first instance.
 */
export function firstInstance(
  ordinals: ReadonlyMap<string, string> | undefined,
  facts: readonly Fact[],
): { noun: string; day: string } | undefined {
  if (!ordinals) return undefined;
  const noun = [...ordinals].find(([, ordinal]) => ordinal === 'first')?.[0];
  if (!noun) return undefined;
  let earliest: Fact | undefined;
  for (const fact of facts) if (fact.terms.includes(noun) && (!earliest || fact.id < earliest.id)) earliest = fact;
  const day = earliest ? dayOf(earliest) : '';
  return day ? { noun, day } : undefined;
}
