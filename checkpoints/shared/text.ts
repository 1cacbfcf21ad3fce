// Text comparison shared by the checkpoints: folded exactly as the strict CP8 rule folds text, so a
// diagnostic and the final answer are judged by the same yardstick.
import { foldWhitespaceAndCase } from '../../src/grading/normalize-text.js';

export const fold = foldWhitespaceAndCase;

/** Case-insensitive substring test, with every whitespace run collapsed on both sides. */
export function containsText(haystack: string, needle: string): boolean {
  return fold(haystack).includes(fold(needle));
}

/** A label reduced to lower_snake_case: "Personal Statement", "personal-statement" → "personal_statement". */
export function labelKey(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/**
 * Maps a reported label to its canonical class through a synonym table (canonical name first), so
 * "personal statement" counts as `statement`. Undefined when the label is in no entry.
 */
export function canonicalLabel<C extends string>(label: string, synonyms: Readonly<Record<C, readonly string[]>>): C | undefined {
  const key = labelKey(label);
  for (const [canonical, names] of Object.entries(synonyms) as Array<[C, readonly string[]]>) {
    if (labelKey(canonical) === key || names.some((n) => labelKey(n) === key)) return canonical;
  }
  return undefined;
}

/** Quotes a value for a reason string, shortening long text so reasons stay readable. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => quote(v)).join(', ');
}
