// A high mark told: "got 18 out of 20 on the quiz", "scored 45/50". A result the user earned, and at
// four fifths or more a good one in any grading scheme, is an achievement, which the user feels as
// pride (lexicon/appraisals.ts: "passed", "won"). A low mark ("got 9 out of 20") says nothing
// either way here; the words around it do, and so does a count of what went wrong ("got 9 out of
// 10 questions wrong").
import type { EmotionHit } from './emotion-hit.js';
import type { EmotionFamily } from './lexicon/emotion-family.js';

const MARK =
  /\b(?:got|get|getting|scored|scoring|score of)\s+(\d+)\s*(?:out of|\/)\s*(\d+)\b(?!(?:\s+[\w'’]+){0,2}\s+(?:wrong|incorrect)\b)/gi;
const HIGH = 0.8;

/** A high mark read as an event told (appraised), weighed as one. */
export function highMarks(text: string, pride: EmotionFamily, weight: number): EmotionHit[] {
  return [...text.matchAll(MARK)]
    .filter((m) => Number(m[2]) > 0 && Number(m[1]) <= Number(m[2]) && Number(m[1]) / Number(m[2]) >= HIGH)
    .map((m) => ({ family: pride, cue: m[0], at: m.index, weight, appraised: true }));
}
