/**
 * Keyword ground truth from a free-text gold answer (LOCOMO's `answer`, or `adversarial_answer`).
 *
 * Threadline grades a question by its `expected_contains` keywords: every keyword must occur in
 * the answer, case-insensitively, as a substring. LOCOMO's gold answers are short phrases, lists
 * or sentences, so they are turned into keywords by these steps, in order:
 *
 *  1. The answer becomes text: a number such as 2022 becomes "2022".
 *  2. Category 3 (open-domain inference) keeps only the text before the first ";". LOCOMO's own
 *     scorer does the same; the rest is the annotator's rationale ("Likely no; she wants to…").
 *  3. Normalise: Unicode NFC, whitespace runs collapsed to one space, trimmed; wrapping quotes
 *     (" ' “ ” ‘ ’) and a final "." or "!" removed.
 *  4. Split into parts at ";", at commas, and at the words "and" / "&" between list items —
 *     except commas inside numbers and dates, which stay: "1,000", "8 May, 2023", "May 8, 2023".
 *  5. Tidy each part: trim, drop a leading "and"/"or"/"a"/"an"/"the" and a final period;
 *     drop empty parts and case-insensitive duplicates.
 *  6. Everything else is kept verbatim: numbers, dates, capitalisation, inner punctuation.
 *
 * Splitting only loosens grading (all parts are still required, in any order). The importer keeps
 * the untouched original on each question as `gold_answer`, so the derivation can be audited or
 * redone. Known limits: a paraphrased gold answer ("7 May 2023" for "yesterday" in a session dated
 * 8 May) never occurs verbatim in the conversation, and very short answers ("Yes", "No", "2")
 * match inside longer words; the importer reports how many questions are affected.
 */

const WRAPPING_QUOTES = /^["'“”‘’]+|["'“”‘’]+$/g;
const PROTECTED_COMMA = '\u0000';
const LEADING_FILLER = /^(?:and|or|a|an|the)\s+/i;

export function keywordsFromAnswer(answer: string | number, options: { category?: number } = {}): string[] {
  let text = String(answer);
  if (options.category === 3 && text.includes(';')) text = text.slice(0, text.indexOf(';'));
  text = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(WRAPPING_QUOTES, '')
    .replace(/[.!]+$/, '')
    .trim();
  const protectedText = text.replace(/(\d),(?=\d{3}\b)/g, `$1${PROTECTED_COMMA}`).replace(/,(?=\s*\d{4}\b)/g, PROTECTED_COMMA);
  const parts = protectedText
    .split(/\s*[;,]\s*|\s+(?:and|&)\s+/i)
    .map((part) => part.replaceAll(PROTECTED_COMMA, ',').trim().replace(LEADING_FILLER, '').replace(/\.$/, '').trim())
    .filter((part) => part.length > 0);
  const seen = new Set<string>();
  const keywords = parts.filter((part) => {
    const key = part.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return keywords.length > 0 ? keywords : text ? [text] : [];
}
