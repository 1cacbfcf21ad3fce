// Matching terms of a text: content-word stems, the stems of their dictionary forms ("taught" →
// teach, "went" → go, from compromise), plus the synonym-group tokens of its words.
import nlp from 'compromise';
import { synonymGroup } from './lexicon/synonyms.js';
import { isFunctionWord, stem, words } from './words.js';

function rootWords(text: string): string[] {
  const doc = nlp(text);
  doc.compute('root');
  return words(doc.text('root'));
}

/**
 * A capitalised word is matched whole as a name ("Pickles" never meets "pickled"). A capitalised
 * common word at a sentence start only ever meets the same capitalised word, so it does no harm.
 */
function nameTerms(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]*\p{L})/gu)]
    .map((m) => m[1].toLowerCase().replace(/['’]s?$/, ''))
    .filter((w) => w.length > 1 && !isFunctionWord(w))
    .map((w) => `@${w}`);
}

export function termsOf(text: string): string[] {
  const terms = new Set<string>(nameTerms(text));
  for (const word of [...words(text), ...rootWords(text)]) {
    if (isFunctionWord(word)) continue;
    const s = stem(word);
    terms.add(s);
    const group = synonymGroup(word) ?? synonymGroup(s);
    if (group) terms.add(group);
  }
  return [...terms];
}

export const isGroupTerm = (term: string): boolean => term.startsWith('~');
/** A whole-name term ("@pickles"): it tells narratives apart; within one, the word's stem already counts. */
export const isNameTerm = (term: string): boolean => term.startsWith('@');
