// An utterance that sets a value against another ("5 weeks instead of 3", "at the McGill clinic,
// not Laurier") is an update only when the other value was told before: "moved me onto the returns
// desk instead of the pick faces", the pick faces never mentioned, tells something new, and "so
// it's sesame we avoid, not cashew", cashew told the day before, corrects what was told.
import type { Fact } from './fact.js';
import { isGroupTerm, termsOf } from './terms.js';

/** What "instead of" sets aside, up to the end of its clause ("instead of 3 because …" → "3"). */
const INSTEAD_OF =
  /\binstead of\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?([\p{L}\p{N}$£€%'’:-]+(?:[ .,][\p{L}\p{N}$£€%'’:-]+){0,3}?)(?=\s*(?:[;!?)]|[.,](?!\d)|$|\s(?:because|but|so|and|since|as|which|cause|cos|cuz|though|apparently|now)\b))/giu;
/** A value set aside at the end of a clause: ", not Laurier.", ", not the full six". */
const COMMA_NOT =
  /,\s*not\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?((?!(?:even|really|just|that|so|too|sure|yet|bad|great|ideal|much|ever|always|again|quite|exactly|only)\b)[\p{L}\p{N}$£€%'’:-]+(?:\s[\p{L}\p{N}$£€%'’:-]+){0,2})\s*(?=[.;!?]|$)/giu;

/** The content words of a value, ordinals as their number ("the 18th" is told by "October 18"). */
function valueTerms(value: string): string[] {
  return termsOf(value)
    .filter((t) => !isGroupTerm(t) && !t.startsWith('@'))
    .map((t) => t.replace(/^(\d+)(?:st|nd|rd|th)$/, '$1'));
}

/** Whether an earlier fact holds a word of the value. */
function told(value: string, earlier: readonly Fact[]): boolean {
  const terms = valueTerms(value);
  return terms.length > 0 && earlier.some((f) => terms.some((t) => f.terms.includes(t)));
}

/** The values an utterance sets aside with "instead of". */
function insteadOf(text: string): string[] {
  return [...text.matchAll(INSTEAD_OF)].map((m) => m[1]);
}

/**
 * Every value the utterance sets aside with "instead of" is new to memory: it contrasts the new
 * value with an alternative never told, so nothing told before changes.
 */
export function setsAsideOnlyUntold(text: string, earlier: readonly Fact[]): boolean {
  const aside = insteadOf(text);
  return aside.length > 0 && aside.every((value) => !told(value, earlier));
}

/** The values set aside at the end of a clause (", not Laurier"). */
export function commaNot(text: string): string[] {
  return [...text.matchAll(COMMA_NOT)].map((m) => m[1]);
}

/** ", not cashew" at the end of a clause, cashew told before: a correction of what was told. */
export function correctsTold(text: string, earlier: readonly Fact[]): boolean {
  return commaNot(text).some((value) => told(value, earlier));
}
