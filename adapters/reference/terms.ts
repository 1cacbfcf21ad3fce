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

export function termsOf(text: string): string[] {
  const terms = new Set<string>();
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
