// The slot types one part of a situation question asks for. Parts are often bare noun phrases ("the
// clinic, the friend helping me, and the diagnosis"), which name the kind of answer by their head
// noun rather than by a wh-word; the kind of noun gives the type. General English vocabulary.
import nlp from 'compromise';
import { expectedTypes } from './classify-question.js';
import { ROLE_NOUNS } from './lexicon/kinds.js';
import type { SlotType } from './slots.js';
import { words } from './words.js';

const list = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns for someone: the answer is a person. */
export const PERSON_NOUNS = list(`
  person people someone somebody anyone anybody friend friends mate buddy pal neighbour neighbor
  mum mom dad mother father sister brother wife husband partner son daughter kid boyfriend
  girlfriend cousin aunt uncle niece nephew grandma grandpa roommate flatmate colleague coworker
  classmate helper contact
`);

/** Nouns for a business or institution you go to: the answer is an organisation or a place. */
const ORGANIZATION_NOUNS = list(`
  company employer firm business agency organisation organization clinic hospital practice surgery
  school college university academy centre center garage shop store restaurant cafe café bar pub
  hotel venue gym studio bank movers removals mover landlord airline insurer team department
  charity club pharmacy bakery salon shelter
`);

/** Nouns for where something is: the answer is a place. */
const PLACE_NOUNS = list(
  `address neighbourhood neighborhood area city town country street place location destination flat apartment house home`,
);

/** Words for what went wrong or was found: the answer is a condition. */
const PROBLEM_WORDS = list(`diagnosis diagnosed wrong problem issue fault condition illness sickness injury symptoms verdict`);

/** Nouns for a measured outcome: the answer is a quantity. */
const MEASURE_NOUNS = list(`score grade mark total number count`);

/** "what she does", "what he does for a living": the answer is a job. */
const ASKS_JOB = /\bwhat (?:she|he|they|\p{Lu}\p{Ll}+) (?:does|do|did)\b(?!\s+(?:to|with|about|when|after|for (?!a living)))/u;

/** "how does she get to school?", "how did it go?": a manner or an outcome, whatever nouns the part names. */
const ASKS_MANNER = /^how\s+(?!much|many|long|far|often|old|soon|big|heavy|tall|deep|high|wide|fast)\w/i;

/**
 * "how deep did I get", "how high is it": a measure, told by its noun as often as by its adjective
 * ("max depth 12 meters").
 */
const MEASURE_OF: Record<string, string> = {
  deep: 'depth',
  high: 'height',
  tall: 'height',
  wide: 'width',
  long: 'length',
  far: 'distance',
  heavy: 'weight',
  fast: 'speed',
  big: 'size',
  old: 'age',
};
const ASKS_MEASURE = /\bhow (deep|high|tall|wide|long|far|heavy|fast|big|old)\b/i;

/** The noun a "how <adjective>" part's answer may be told with ("how deep" → depth), or undefined. */
export function measureNoun(part: string): string | undefined {
  const m = ASKS_MEASURE.exec(part);
  return m ? MEASURE_OF[m[1].toLowerCase()] : undefined;
}

/**
 * "what they found", "what did the scan show", "what the nurse said it was": a finding, which the
 * engine types as a condition (a fault, an illness, a result).
 */
export const ASKS_FINDING =
  /\bwhat\b(?:.*\b(?:find|finds|found|show|shows|showed|reveal|reveals|revealed|turn(?:ed|s)? up|come back|came back)\b|.*\b(?:said|says|say|thinks|thought|think|reckons) (?:it|that|this) (?:is|was|'s)\b)/i;

/**
 * "where did we land on it", "where do things stand on the move", "what did we decide": a decision, not
 * a place, answered by a sentence saying what was decided or agreed.
 */
export const ASKS_DECISION =
  /\bwhere\s+(?:do|did|does|are|were|have|has|had|is)\s+.{1,40}?\b(?:land|landed|stand|stood|come down|came down)\s+on\b|\bwhat\s+(?:do|did|does|have|has|had)\s+.{1,40}?\bdecide[ds]?\b/i;

/** "where I moved from", "where did she come from": where someone or something started out, a place. */
export const ASKS_ORIGIN =
  /\bwhere\b.*\b(?:move[ds]?|moving|came|come|comes|coming|relocat\w*|transferr?\w*|flew|fly|flying|drove|emigrat\w*)\s+from\s*[?.!]*$/i;

/**
 * Nouns that only modify the noun after them ("her vet visit" asks about a visit, not a vet), by
 * compromise's tags: a noun right before a common noun.
 */
function nounModifiers(part: string): Set<string> {
  const terms = nlp(part).terms().json() as Array<{ terms: Array<{ normal: string; tags: string[] }> }>;
  const flat = terms.map((t) => t.terms[0]);
  const common = (t: { tags: string[] } | undefined) =>
    t !== undefined && t.tags.includes('Noun') && !t.tags.some((tag) => tag === 'Pronoun' || tag === 'ProperNoun' || tag === 'Possessive');
  return new Set(flat.filter((t, i) => common(t) && common(flat[i + 1])).map((t) => t.normal));
}

/** "what treatment is Dad doing": the words between the question word and its verb. */
const WH_PHRASE =
  /^\s*(?:what|which|where|when|how)(?:['’]s)?\s+(.*?)(?=\b(?:is|are|was|were|am|do|does|did|has|have|had|will|would|can|could|should)\b|$)/i;

/**
 * Words of the part that may name the kind of answer. When a noun comes between the question word
 * and its verb, that noun is what is asked ("which friend is driving" asks for a friend, "what
 * treatment is Dad doing" for a treatment, not for Dad); otherwise any ("what did the vet say" is
 * answered by what the vet said, by name).
 */
function askedWords(part: string): string[] {
  const wh = WH_PHRASE.exec(part);
  const phrase = wh ? words(wh[1].toLowerCase()) : [];
  return phrase.length > 0 ? phrase : words(part.toLowerCase());
}

export function partTypes(part: string): SlotType[] {
  if (ASKS_MANNER.test(part.trim()) || ASKS_DECISION.test(part)) return [];
  const types = new Set<SlotType>(expectedTypes(part, 'factual'));
  if (ASKS_FINDING.test(part)) types.add('CONDITION');
  if (measureNoun(part)) types.add('QUANTITY');
  if (ASKS_JOB.test(part)) types.add('ROLE');
  const modifiers = nounModifiers(part);
  const finding = ASKS_FINDING.test(part) && !/^\s*who/i.test(part);
  const asked = new Set(askedWords(part));
  for (const word of words(part.toLowerCase())) {
    // "what the nurse said it was" asks for the finding; the nurse is who found it.
    if ((PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word)) && asked.has(word) && !modifiers.has(word) && !finding) types.add('PERSON');
    if (ORGANIZATION_NOUNS.has(word)) types.add('ORGANIZATION').add('PLACE');
    if (PLACE_NOUNS.has(word)) types.add('PLACE');
    if (PROBLEM_WORDS.has(word)) types.add('CONDITION');
    if (MEASURE_NOUNS.has(word)) types.add('QUANTITY');
  }
  return [...types];
}
