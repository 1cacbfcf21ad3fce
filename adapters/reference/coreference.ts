// Light coreference: a sentence that speaks of someone only as "he" or "she" ("he's a retired
// nurse") is about the person last named in the narrative, so it also answers questions that use
// that person's name ("What does Leonard do?"). The nearest named person wins, skipping one whose
// first name compromise's name lists give the other gender.
import nlp from 'compromise';
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { termsOf } from './terms.js';
import { isFunctionWord } from './words.js';

const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|he's|she's|he'd|she'd|he'll|she'll)\b/i;
/** How many earlier sentences of the narrative are searched for the person a pronoun means. */
const LOOKBACK = 12;

/** A person's name as told: capitalised words, not a kin word or a lone initialism. */
function isName(value: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*$/u.test(value);
}

/** People named in a fact, not counting a name that is part of a place's or business's ("St Jude's"). */
function peopleNamedIn(fact: Fact): string[] {
  const venues = fact.slots.filter((s) => s.type === 'PLACE' || s.type === 'ORGANIZATION').map((s) => s.value);
  return fact.slots
    .filter(
      (s) => s.type === 'PERSON' && isName(s.value) && !venues.some((v) => v !== s.value && v.includes(s.value.replace(/['’]s$/, ''))),
    )
    .map((s) => s.value);
}

type Gender = 'male' | 'female' | undefined;
const pronounGender = (pronoun: string): Gender =>
  /^(?:she|her|hers)\b/i.test(pronoun) ? 'female' : /^(?:he|him|his)\b/i.test(pronoun) ? 'male' : undefined;

/** The gender compromise's name lists give a first name, if it knows the name. */
function nameGender(name: string): Gender {
  const first = nlp(name.split(/\s+/)[0]);
  return first.has('#MaleName') ? 'male' : first.has('#FemaleName') ? 'female' : undefined;
}

/** A name may be what a pronoun means unless the name lists say it is the other gender's. */
function compatible(name: string, pronoun: string): boolean {
  const wanted = pronounGender(pronoun);
  const known = nameGender(name);
  return !wanted || !known || wanted === known;
}

/**
 * "saw her", "gave him the dose", "drove her to school": the pronoun is the verb's object, not a
 * possessive ("her keys"), so it is not the sentence's subject (that would be "herself").
 */
function isObjectPronoun(text: string, pronoun: RegExpExecArray): boolean {
  if (/^him$/i.test(pronoun[0])) return true;
  if (!/^her$/i.test(pronoun[0])) return false;
  const rest = text.slice(pronoun.index + pronoun[0].length);
  const next = /^\s*([\p{L}'’]+)/u.exec(rest);
  return !next || isFunctionWord(next[1].toLowerCase());
}

/**
 * The name a sentence's pronoun most likely refers to, or undefined when the sentence names its own
 * person before the pronoun (then the pronoun is that person, whose name the sentence already holds),
 * unless the pronoun is that person's object ("Dr. Obiora saw her": someone named earlier).
 */
export function antecedentOf(memory: Memory, fact: Fact): string | undefined {
  const pronoun = THIRD_PERSON.exec(fact.text);
  if (!pronoun) return undefined;
  const before = fact.text.slice(0, pronoun.index);
  const own = peopleNamedIn(fact);
  const object = isObjectPronoun(fact.text, pronoun);
  if (!object && own.some((name) => before.includes(name))) return undefined;
  const earlier = memory.factsOf(fact.tenant).filter((f) => f.narrative === fact.narrative && f.id < fact.id);
  for (const f of earlier.slice(-LOOKBACK).reverse()) {
    const named = peopleNamedIn(f).filter((name) => compatible(name, pronoun[0]) && !(object && own.includes(name)));
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
