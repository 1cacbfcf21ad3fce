// Word-level text handling for the reference engine: tokens, a light suffix stemmer, and the
// function words that carry no content. Everything here is general English, not corpus-specific.

const FUNCTION_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have having ' +
    "how i i'm im in into is it it's its just me my mine myself of on or our ours so that the their theirs them " +
    'then there these they this those to too up was we were what whats when where which who whom whose why will ' +
    'with would you your yours again anyway s also about very really some any all get got gonna going go ' +
    'he she him her his hers if not no yes ok okay oh well like than out over one us am remind tell know ' +
    'say said said again still now ever much many should shall may might must let lets'
  ).split(' '),
);

/** A contraction's clitic ("what's", "they're", "we'll", "i've"): the word before it decides. */
const CLITIC = /'(?:s|re|ll|ve|d|m)$/;

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || (CLITIC.test(word) && FUNCTION_WORDS.has(word.replace(CLITIC, '')));
}

/** Lower-cased word tokens (letters, digits, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** A light suffix stemmer: enough to meet "appointments"/"appointment", "moved"/"move", "walking"/"walk". */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es') && /(ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
