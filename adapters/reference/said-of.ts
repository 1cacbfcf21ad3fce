// Whose feeling a word states: the user's own ("I'm honestly kind of sad", "I feel so relieved") or
// someone else's ("Connor is furious", "my sister was upset", "she's so funny"), read from the clause before the word.
import { nounLemmas, sensesOf, synset } from './wordnet.js';

/** The user says it of themselves ("I'm honestly kind of sad", "I feel so relieved"): the most salient cue. */
const SELF =
  /(?:\b(?:i['’]?m|i am|i was|i feel|i felt|i['’]?ve been|i get|i got|we['’]?re|we are|we were|feeling|felt|makes me|made me)\s+(?:[\w'’]+\s+){0,4})$/i;
/** Said of someone else ("Connor is furious", "she's so funny"): their feeling, not the user's. */
const OTHER =
  /(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|(?<owner>[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?<noun>[a-z]+)|(?!It\b|This\b|That\b|What\b|Which\b|Everything\b)[A-Z][a-z]+)(?:'s|’s|\s+(?:is|was|were|are|seemed|seems|looked|looks|sounded|got))\s+(?:[\w'’]+\s+){0,2})$/;

/** The clause leading up to a word: back to the last sentence or clause break, at most 40 characters. */
function clauseBefore(text: string, at: number): string {
  return (
    text
      .slice(Math.max(0, at - 40), at)
      .split(/[.!?;,]/)
      .pop() ?? ''
  );
}

export const saidOfSelf = (text: string, at: number) => SELF.test(clauseBefore(text, at));

/** WordNet's lexicographer file for parts of the body (noun.body). */
const NOUN_BODY = 8;

/** A noun WordNet files under parts of the body ("wrist", "shin", "hands"). */
export const partOfBody = (noun: string) =>
  nounLemmas(noun).some((lemma) => sensesOf('noun', lemma).some((offset) => synset('noun', offset)?.lexFile === NOUN_BODY));

/** Said of someone else, but not of a part of the user's own body ("my hands are shaking" is the user's). */
export function saidOfOther(text: string, at: number): boolean {
  const said = OTHER.exec(clauseBefore(text, at));
  if (!said) return false;
  const { owner, noun } = said.groups ?? {};
  return !(owner?.toLowerCase() === 'my' && noun && partOfBody(noun));
}
