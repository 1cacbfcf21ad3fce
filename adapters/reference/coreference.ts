// Light coreference: a sentence that speaks of someone only as "he" or "she" ("he's a retired
// nurse") is about the person last named in the narrative, so it also answers questions that use
// that person's name ("What does Leonard do?"). No gender is guessed: the nearest named person wins.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { termsOf } from './terms.js';

const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|he's|she's|he'd|she'd|he'll|she'll)\b/i;
/** How many earlier sentences of the narrative are searched for the person a pronoun means. */
const LOOKBACK = 12;

/** A person's name as told: capitalised words, not a kin word or a lone initialism. */
function isName(value: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*$/u.test(value);
}

function peopleNamedIn(fact: Fact): string[] {
  return fact.slots.filter((s) => s.type === 'PERSON' && isName(s.value)).map((s) => s.value);
}

/**
 * The name a sentence's pronoun most likely refers to, or undefined when the sentence names its own
 * person before the pronoun (then the pronoun is that person, whose name the sentence already holds).
 */
export function antecedentOf(memory: Memory, fact: Fact): string | undefined {
  const pronoun = THIRD_PERSON.exec(fact.text);
  if (!pronoun) return undefined;
  const before = fact.text.slice(0, pronoun.index);
  if (peopleNamedIn(fact).some((name) => before.includes(name))) return undefined;
  const earlier = memory.factsOf(fact.tenant).filter((f) => f.narrative === fact.narrative && f.id < fact.id);
  for (const f of earlier.slice(-LOOKBACK).reverse()) {
    const named = peopleNamedIn(f);
    // The person named last in the sentence is the nearest to the pronoun that follows it.
    if (named.length > 0) return named.sort((a, b) => f.text.lastIndexOf(b) - f.text.lastIndexOf(a))[0];
  }
  return undefined;
}

/** Matching terms of the person a sentence's pronoun refers to, beyond the sentence's own terms. */
export function referredTerms(memory: Memory, fact: Fact): string[] {
  const name = antecedentOf(memory, fact);
  return name ? termsOf(name).filter((t) => !fact.terms.includes(t)) : [];
}
