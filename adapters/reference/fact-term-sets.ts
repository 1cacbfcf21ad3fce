// A fact's term lists as sets, for the many membership tests ranking and routing make of them. Kept
// while the lists are the same arrays: the write path replaces a list, never edits it.
import type { Fact } from './fact.js';
import { stemsOf } from './term-stems.js';

export interface TermSets {
  lists: readonly (readonly string[])[];
  own: Set<string>;
  context: Set<string>;
  asks: Set<string>;
  refers: Set<string>;
  kinds: Set<string>;
  /** The word-family prefixes (stemOf) of the context's and the sentence's own terms. */
  contextStems: Set<string>;
  ownStems: Set<string>;
}

const termSetsOf = new WeakMap<Fact, TermSets>();

/** Which of a fact's lists hold a term (or, for the two prefix lists, its word-family prefix): one bit per list. */
export const HELD = {
  own: 1,
  asks: 2,
  refers: 4,
  kinds: 8,
  context: 16,
  contextStem: 32,
  ownStem: 64,
} as const;

/** The lists of the fact holding `term`, or `stem` (its word-family prefix, '' for none), as HELD bits. */
export function heldBits(sets: TermSets, term: string, stem: string): number {
  return (
    (sets.own.has(term) ? HELD.own : 0) |
    (sets.asks.has(term) ? HELD.asks : 0) |
    (sets.refers.has(term) ? HELD.refers : 0) |
    (sets.kinds.has(term) ? HELD.kinds : 0) |
    (sets.context.has(term) ? HELD.context : 0) |
    (sets.contextStems.has(stem) ? HELD.contextStem : 0) |
    (sets.ownStems.has(stem) ? HELD.ownStem : 0)
  );
}

export function termSets(fact: Fact): TermSets {
  const cached = termSetsOf.get(fact);
  if (
    cached &&
    cached.lists[0] === fact.terms &&
    cached.lists[1] === fact.context &&
    cached.lists[2] === fact.asks &&
    cached.lists[3] === fact.refers &&
    cached.lists[4] === fact.kinds
  )
    return cached;
  const sets = {
    lists: [fact.terms, fact.context, fact.asks, fact.refers, fact.kinds],
    own: new Set(fact.terms),
    context: new Set(fact.context),
    asks: new Set(fact.asks),
    refers: new Set(fact.refers),
    kinds: new Set(fact.kinds),
    contextStems: stemsOf(fact.context),
    ownStems: stemsOf(fact.terms),
  };
  termSetsOf.set(fact, sets);
  return sets;
}
