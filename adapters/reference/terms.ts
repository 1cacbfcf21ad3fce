// Matching terms of a text: content-word stems, the stems of their dictionary forms ("taught" →
// teach, "went" → go, from compromise), plus the synonym-group tokens of its words.
import nlp from 'compromise';
import { undoubledVerb } from './doubled-consonant.js';
import { synonymGroup } from './lexicon/synonyms.js';
import { isFunctionWord, stem, words } from './words.js';

function rootWords(text: string): string[] {
  const doc = nlp(text);
  doc.compute('root');
  return words(doc.text('root'));
}

const PARTICLE = new Set(['off', 'up', 'out', 'down', 'over', 'back', 'in']);
const OBJECT_PRONOUN = new Set(['me', 'him', 'her', 'it', 'them', 'us', 'you']);
/**
 * A question's phrasal verb as the one word its noun is ("laid me off" → layoff), so it meets the
 * noun the story used ("a second round of layoffs"). Only a question's: a told "called back" would
 * otherwise meet a question's "call back" three times over.
 */
function phrasalWords(roots: readonly string[], tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const list of [roots, tokens]) {
    list.forEach((word, i) => {
      if (isFunctionWord(word) && !['get', 'go', 'set'].includes(word)) return;
      const next = OBJECT_PRONOUN.has(list[i + 1]) ? list[i + 2] : list[i + 1];
      if (next && PARTICLE.has(next)) out.push(`${word}${next}`);
    });
  }
  return out;
}

/** A hyphenated phrasal noun as one word ("follow-up" → followup), as it is also written. */
function joinedParticles(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const [head, particle, ...rest] = token.split('-');
    if (rest.length === 0 && particle && PARTICLE.has(particle)) out.push(`${head}${particle}`);
  }
  return out;
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

/** The parts of a hyphenated word ("e-bikes" → bikes, "follow-up" → follow): the compound is also its head. */
function hyphenParts(tokens: readonly string[]): string[] {
  return tokens.flatMap((w) => (w.includes('-') ? w.split('-').filter((p) => p.length > 2) : []));
}

/** `asked`: the text is a question, whose phrasal verbs also count as their nouns. */
export function termsOf(text: string, asked = false): string[] {
  const terms = new Set<string>(nameTerms(text));
  const tokens = words(text);
  const roots = rootWords(text);
  const phrasal = asked ? phrasalWords(roots, tokens) : [];
  for (const word of [...tokens, ...roots, ...hyphenParts(tokens), ...joinedParticles(tokens), ...phrasal]) {
    if (isFunctionWord(word)) continue;
    const s = stem(word);
    terms.add(s);
    const verb = undoubledVerb(word);
    if (verb && !isFunctionWord(verb)) terms.add(stem(verb));
    const group = synonymGroup(word) ?? synonymGroup(s);
    if (group) terms.add(group);
  }
  return [...terms];
}

export const isGroupTerm = (term: string): boolean => term.startsWith('~');
/** A whole-name term ("@pickles"): it tells narratives apart; within one, the word's stem already counts. */
export const isNameTerm = (term: string): boolean => term.startsWith('@');
