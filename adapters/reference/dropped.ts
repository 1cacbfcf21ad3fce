// What an update says is off: "stargazing is not happening", "the picnic's cancelled", "not doing
// the Arioso anymore", "instead of the barn", "no longer at Halden". The words of the dropped thing
// find the earlier fact that told it, even when the update shares nothing else with that fact.
import { isGroupTerm, isNameTerm, termsOf } from './terms.js';
import { hasUpdateCue } from './classify-input.js';
import { commaNot } from './told-contrast.js';

const PHRASE = String.raw`([\p{L}\p{N}'’ -]{3,40}?)`;
const DROPPED: readonly RegExp[] = [
  new RegExp(
    String.raw`(?:^|[,;:.!]\s*|\b(?:so|ok|okay|but|and|well|update|plan b)\s+)(?:the\s+|our\s+|my\s+)?${PHRASE}(?:\s+(?:is|are|was|were)|['’]s)\s+(?:not happening|off|cancell?ed|called off|scrapped|a no-go|not going ahead)\b`,
    'iu',
  ),
  new RegExp(String.raw`\bnot\s+(?:doing|going to|going|having|playing|using|at|in|with)\s+(?:the\s+|a\s+)?${PHRASE}\s+any\s?more\b`, 'iu'),
  new RegExp(String.raw`\binstead of\s+(?:the\s+|a\s+|my\s+)?${PHRASE}(?=[,.;!?]|$)`, 'iu'),
  new RegExp(String.raw`\bno longer\s+(?:doing|going to|at|in|with|using|playing)\s+(?:the\s+|a\s+)?${PHRASE}(?=[,.;!?]|$)`, 'iu'),
];

/** Content terms of what a sentence says is dropped, or [] when it drops nothing by these forms. */
export function droppedTerms(sentence: string): string[] {
  for (const pattern of DROPPED) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const terms = termsOf(m[1]).filter((t) => !isGroupTerm(t) && !isNameTerm(t));
    if (terms.length > 0 && terms.length <= 4) return terms;
  }
  // "so it's sesame we avoid, not cashew": the value a clause ends by setting aside, when nothing
  // else in the sentence says what changed ("my slot is now 14:30, not the morning one" does).
  if (hasUpdateCue(sentence)) return [];
  for (const value of commaNot(sentence)) {
    const terms = termsOf(value).filter((t) => !isGroupTerm(t) && !isNameTerm(t));
    if (terms.length > 0) return terms;
  }
  return [];
}
