// CP10: the warmth a companion should answer an utterance with. The convention is ATANT's: a
// companion answers any feeling the user discloses, good or bad, with more warmth — distress
// because the user is vulnerable, a good feeling (joy, relief, gratitude, hope) because it is
// shared. Three exceptions:
// - no feeling disclosed, or only a state of attention ("busy", "focused"), needs no change;
// - anger or frustration at the companion itself is met evenly (neutral), neither matched nor
//   soothed, which tends to read as placating;
// - a user who asks for less ("just give me the facts", "skip the pep talk") gets less.
import type { EmotionFamily } from './lexicon/emotion-family.js';

export type Warmth = 'increase' | 'decrease' | 'neutral';

const WANTS_LESS =
  /\b(?:just (?:give|tell) me the (?:facts|numbers|answer|details)|(?:skip|spare me|no need for|don'?t need|cut) (?:the )?(?:pep talk|sympathy|sugar-?coating|hand-?holding|small talk|niceties|fluff)|stop being so (?:nice|sweet|cheerful|upbeat)|(?:keep it|be) (?:brief|short|professional|businesslike))\b/i;
/** The user addresses the companion ("you got it wrong", "your answer"), not a filler "you know". */
const AT_COMPANION = /\b(?:you(?!\s+know\b)|your|you're|youre)\b/i;
const HOSTILE = new Set(['anger', 'frustration']);

/** A settled state with no valence (focus, readiness) is attention, not a disclosed feeling. */
export function disclosesFeeling(family: EmotionFamily): boolean {
  return !(family.valence === 'neutral' && family.arousal === 'low');
}

export function warmthFor(family: EmotionFamily | undefined, text: string): Warmth {
  if (WANTS_LESS.test(text)) return 'decrease';
  if (!family || !disclosesFeeling(family)) return 'neutral';
  if (HOSTILE.has(family.name) && AT_COMPANION.test(text)) return 'neutral';
  return 'increase';
}
