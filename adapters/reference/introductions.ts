// People are introduced once by their full name ("the relocation agent is Rui Matos") and then
// called by their first name ("Rui met me with the keys"). An answer naming someone by first name
// brings the sentence that introduced them, so it says who they are.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';

const NAME = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)(?![\p{L}'’])(?!\s+\p{Lu})/gu;
const NOT_A_NAME =
  /^(?:I|The|A|An|My|Our|His|Her|Their|It|This|That|So|And|But|Ok|Okay|Also|Just|Then|We|He|She|They|You|Dr|Mr|Mrs|Ms|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The earliest fact of the same narrative naming, by first and last name, someone the fact names by first name only. */
export function introductionOf(memory: Memory, fact: Fact): Fact | undefined {
  const firstNames = [...fact.text.matchAll(NAME)].map((m) => m[1]).filter((name) => !NOT_A_NAME.test(name));
  if (firstNames.length === 0) return undefined;
  const full = new RegExp(`(?<![\\p{L}])(?:${firstNames.join('|')})\\s+\\p{Lu}\\p{Ll}+`, 'u');
  return memory.factsOf(fact.tenant).find((f) => f !== fact && f.narrative === fact.narrative && full.test(f.text));
}
