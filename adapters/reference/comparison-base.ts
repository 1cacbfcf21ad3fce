// A comparative of amount says how one sum stands against another, and when it names no standard
// ("got her crown at the dental school for way less, like $900") the standard is the sum told
// before it: the $2,400 quote. A situation's answer gives that sum right after the comparison, so
// the reader can tell what "less" was less than.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';

/** "for way less", "much cheaper", "a lot more", "half the price": a comparison of amounts. */
const COMPARATIVE =
  /\b(?:less|cheaper|pricier|dearer|more|(?:more|less) expensive|half the (?:price|cost)|a fraction of the (?:price|cost))\b/i;
/** "more than we quoted them": the comparison names its own standard. */
const OWN_STANDARD = /\bthan\b/i;

const holdsMoney = (fact: Fact) => fact.slots.some((s) => s.type === 'MONEY');

/** The sum told before the fact's comparison, when the fact compares a sum of its own with none named. */
export function comparisonBase(memory: Memory, fact: Fact): Fact | undefined {
  if (!holdsMoney(fact) || !COMPARATIVE.test(fact.text) || OWN_STANDARD.test(fact.text)) return undefined;
  const own = new Set(fact.slots.filter((s) => s.type === 'MONEY').map((s) => s.value));
  const earlier = memory
    .factsIn(fact.narrative)
    .filter((f) => f.id < fact.id && !f.noise && f.slots.some((s) => s.type === 'MONEY' && !own.has(s.value)));
  return earlier.at(-1);
}

/** Each fact followed by the sum its comparison is measured against, when it names none. */
export function withComparisonBases(memory: Memory, facts: readonly Fact[]): Fact[] {
  return facts.flatMap((fact) => {
    const base = comparisonBase(memory, fact);
    return base ? [fact, base] : [fact];
  });
}
