// Text normalisation shared by the grading rules.

/** Case-folds and collapses every run of whitespace to one space (YAML block scalars keep line breaks). */
export function foldWhitespaceAndCase(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Token-normalised form: Unicode-folded, punctuation dropped except inside numbers, and digit
 * groups unified ("180,000" → "180000", "$195k" → "195k"), so formatting differences do not decide a pass.
 */
export function foldTokens(text: string): string {
  // Digit groups are joined before NFKD, which would turn a (narrow) no-break space into a plain one.
  return foldWhitespaceAndCase(
    text
      .replace(/(\d)[,\u202f\u00a0](?=\d{3}\b)/g, '$1')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}.\s]|(?<!\d)\.|\.(?!\d)/gu, ' '),
  );
}
