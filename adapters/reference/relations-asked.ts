// The people and animals a question names by whom they belong to ("my brother", "our dog", "his new
// manager", "my sister's vet"): the question is about that one, and a story that told of the user's
// brother is likelier the one meant than one that only holds the question's other words ("name",
// "live"). A possessed thing or state ("my mood", "my race", "our house") says less: many stories
// have one. What counts as a being is WordNet's: the word's commonest noun sense is filed under
// noun.person or noun.animal.
import { nounLemmas, sensesOf, synset } from './wordnet.js';
import { isGroupTerm, termsOf } from './terms.js';

const NOUN_PERSON = 18;
const NOUN_ANIMAL = 5;
/** Words looked at after a possessive: its noun after up to two others ("my new manager", "my sister's vet"). */
const WORDS_AFTER = 3;
const POSSESSIVE = /\b(?:my|our|his|her|their|your)((?:\s+[a-z]+(?:'s?)?){1,3})/gi;

/** Terms of the beings the question names by a possessive. */
export function relationTerms(question: string): string[] {
  const terms: string[] = [];
  for (const match of question.matchAll(POSSESSIVE)) {
    for (const word of match[1].trim().split(/\s+/).slice(0, WORDS_AFTER)) {
      const bare = word.replace(/'s?$/, '').toLowerCase();
      if (isBeing(bare)) terms.push(...termsOf(bare, true).filter((t) => !isGroupTerm(t)));
    }
  }
  return terms;
}

function isBeing(word: string): boolean {
  for (const lemma of nounLemmas(word)) {
    const first = sensesOf('noun', lemma)[0];
    if (first === undefined) continue;
    const lexFile = synset('noun', first)?.lexFile;
    return lexFile === NOUN_PERSON || lexFile === NOUN_ANIMAL;
  }
  return false;
}
