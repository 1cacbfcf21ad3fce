// English doubles a short vowel's final consonant before "-ing" and "-ed" ("swim" → swimming,
// "plan" → planned). The stemmer only cuts the suffix ("swimm"), and compromise gives the verb's root
// only where it reads the word as a verb, not a gerund used as a noun ("my swimming"). The undoubled
// root is added where WordNet knows it as a verb and does not know the doubled spelling, so "add",
// "purr" and "buzz" (adding, purring, buzzing) keep their own.
import { sensesOf } from './wordnet.js';

const DOUBLED_BEFORE_SUFFIX = /^([a-z]*[^aeiou][aeiou])([bdgmnprt])\2(?:ing|ed)$/;

/** The verb a doubled-consonant "-ing"/"-ed" form is made from ("swimming" → swim), or undefined. */
export function undoubledVerb(word: string): string | undefined {
  const m = DOUBLED_BEFORE_SUFFIX.exec(word);
  if (!m) return undefined;
  const root = `${m[1]}${m[2]}`;
  if (sensesOf('verb', root).length === 0 || sensesOf('verb', `${root}${m[2]}`).length > 0) return undefined;
  return root;
}
