// Word-family matches the stemmer misses ("therapist"/"therapy", "surgeon"/"surgery"): a shared
// 5-letter prefix.
import { isGroupTerm } from './terms.js';

const PREFIX = 5;

/** A term's word-family prefix; a term too short for one, or a synonym-group term, has none (''). */
export function stemOf(term: string): string {
  return term.length >= PREFIX && !isGroupTerm(term) ? term.slice(0, PREFIX) : '';
}

export function stemsOf(terms: readonly string[]): Set<string> {
  const stems = new Set(terms.map(stemOf));
  stems.delete('');
  return stems;
}
