// Matching terms of a text: content-word stems plus the synonym-group tokens of its words.
import { synonymGroup } from './lexicon/synonyms.js';
import { isFunctionWord, stem, words } from './words.js';

export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of words(text)) {
    if (isFunctionWord(word)) continue;
    const s = stem(word);
    terms.add(s);
    const group = synonymGroup(word) ?? synonymGroup(s);
    if (group) terms.add(group);
  }
  return [...terms];
}

export const isGroupTerm = (term: string): boolean => term.startsWith('~');
