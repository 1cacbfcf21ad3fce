// Ordinals: "my first date with Noor" and "a second date tonight" name two instances of one thing.
// A fact that gives the thing the question names another ordinal is about another instance.
import { stem } from './words.js';

const ORDINAL = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final|next)\s+([\p{L}'’-]+)/giu;
const SAME = new Map([
  ['1st', 'first'],
  ['2nd', 'second'],
  ['3rd', 'third'],
  ['4th', 'fourth'],
  ['5th', 'fifth'],
  ['final', 'last'],
]);

/** Each noun an ordinal is put to, with its ordinal ("date" → first). */
export function ordinalsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ORDINAL)) {
    const ordinal = m[1].toLowerCase();
    out.set(stem(m[2].toLowerCase()), SAME.get(ordinal) ?? ordinal);
  }
  return out;
}

/** The fact puts another ordinal to a noun the question gives one ("second date" for "first date"). */
export function otherInstance(asked: ReadonlyMap<string, string>, factText: string): boolean {
  if (asked.size === 0) return false;
  for (const [noun, ordinal] of ordinalsOf(factText)) {
    const wanted = asked.get(noun);
    if (wanted !== undefined && wanted !== ordinal) return true;
  }
  return false;
}
