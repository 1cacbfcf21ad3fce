// How salient an emotion cue is in its utterance, which decides the feeling reported when several
// are named. An emphasised cue ("so relieved") weighs more; one the user says of themselves ("I'm
// honestly kind of sad") more again; one after a contrasting "but" a little more, since the clause
// after "but" carries the point ("tired but so happy"); one said of someone else ("Connor is furious")
// counts half, being their feeling rather than the user's.
import { saidOfOther, saidOfSelf } from './said-of.js';

const EMPHASIS =
  /(?:\b(?:so|really|very|super|feel|feeling|felt|i'm|im|am|was|is|are|got|getting|totally|pretty|bit|little|kinda|kind of|sort of|sorta|quite|honestly)\s+)$/i;
/** "but" that turns the sentence, not "but also" (adding) or "but not" (denying). */
const CONTRAST = /\bbut\b(?!\s+(?:also|too|not|then)\b)/i;
const CONTRAST_WEIGHT = 0.5;
const OTHER_WEIGHT = 0.5;

function sentenceBefore(text: string, at: number): string {
  return (
    text
      .slice(0, at)
      .split(/[.!?;]/)
      .pop() ?? ''
  );
}

export function salience(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 30), at);
  const weight =
    1 + (EMPHASIS.test(before) ? 1 : 0) + (saidOfSelf(text, at) ? 1 : 0) + (CONTRAST.test(sentenceBefore(text, at)) ? CONTRAST_WEIGHT : 0);
  return saidOfOther(text, at) ? weight * OTHER_WEIGHT : weight;
}
