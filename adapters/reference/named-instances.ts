// "What ear drops is she on?" told "she's on Otomax drops"; "what was the breathing exercise called?"
// told "she taught me box breathing". A question asking which one of a thing, or what it is called,
// is answered by a compound naming one instance of it: a word put before the thing's noun ("Otomax
// drops", "box breathing"). Not a number ("4 drops"), a determiner or possessive ("the drops", "her
// drops") or a word the question says itself ("Pickles' drops", "the Morning Fettle packaging").
import nlp from 'compromise';
import { isFunctionWord, stem, words } from './words.js';

/** "what ear drops is she on", "which tile do we want": the noun phrase after the question word, before the verb. */
const WHICH_ONE =
  /^(?:what|which)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+(?:is|are|was|were|do|does|did|has|have|am|will|should|can)\b/iu;
/** "what was the breathing exercise called", "what's the cheese called again". */
const CALLED =
  /\b(?:what|what's|whats)\s+(?:(?:is|was|are|were)\s+)?(?:the|that|this|my|our|his|her|their)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+called\b/iu;

/** Words of a question naming the thing it asks which one of: the phrase's head, or every word of a thing asked the name of. */
export function instanceNouns(question: string): string[] {
  const called = CALLED.exec(question);
  if (called) return words(called[1]).filter((w) => !isFunctionWord(w) && w.length > 2);
  const which = WHICH_ONE.exec(question);
  if (!which) return [];
  const head = words(which[1]).at(-1);
  return head && !isFunctionWord(head) && head.length > 2 && !/^(?:kind|sort|type|time|day|date|year)s?$/.test(head) ? [head] : [];
}

export interface AskedInstances {
  nouns: readonly string[];
  /** Stems of the question's words. */
  asked: ReadonlySet<string>;
}

/** What a question asks which one of, if anything. */
export function askedInstances(question: string): AskedInstances | undefined {
  const nouns = instanceNouns(question);
  return nouns.length > 0 ? { nouns, asked: new Set(words(question).map(stem)) } : undefined;
}

const DETERMINER =
  /^(?:a|an|the|this|that|these|those|my|our|your|his|her|their|its|some|any|no|every|each|few|more|less|other|another|same|new|old|first|second|third|next|last|final|current|latest|previous)$/;

/** A verb said of its subject ("says", "showed"), whose object the noun is, not a word naming a kind of it. */
function isFiniteVerb(tags: readonly string[]): boolean {
  return (
    tags.includes('Verb') &&
    (tags.includes('PastTense') ||
      tags.includes('Copula') ||
      tags.includes('Modal') ||
      (tags.includes('PresentTense') && !tags.includes('Infinitive')))
  );
}

/**
 * Whether the sentence names an instance of one of the `nouns`: a content word other than the
 * question's (`asked`, stems) put right before the noun, not a verb whose object it is.
 */
export function namesInstance(text: string, { nouns, asked }: AskedInstances): boolean {
  const heads = new Set(nouns.map(stem));
  if (!words(text).some((w) => heads.has(stem(w)))) return false;
  const terms = (nlp(text).terms().json() as Array<{ terms: Array<{ normal: string; tags: string[] }> }>).map((t) => t.terms[0]);
  for (let i = 1; i < terms.length; i++) {
    if (!heads.has(stem(terms[i].normal))) continue;
    const before = terms[i - 1].normal.replace(/['’]s?$/, '');
    if (isFunctionWord(before) || DETERMINER.test(before) || /\d/.test(before) || before.length < 3) continue;
    if (asked.has(stem(before)) || heads.has(stem(before)) || isFiniteVerb(terms[i - 1].tags)) continue;
    return true;
  }
  return false;
}
