// Content words of a text: lower-cased letters/digits runs without common function words.

const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can did do does for from had has have how i i'm im in is it its " +
    'me my of on or our so that the their them then there they this to was we were what whats when where which who ' +
    'whom why will with you your again anyway s'
  ).split(' '),
);

/** Distinct content words, lower-cased, in order of first appearance. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !STOPWORDS.has(w)))];
}
