// CP10: the warmth a companion should answer an utterance with, from the emotion's valence and
// arousal and from what the user asks of the companion itself:
// - distress (any negative feeling) calls for more warmth: the user is vulnerable;
// - an intense good feeling (joy, excitement, pride) calls for more warmth too: it is shared;
// - a settled good feeling (relief, gratitude, contentment, hope) and a neutral state need no
//   change: the user is fine and more warmth would be noise;
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

export function warmthFor(family: EmotionFamily | undefined, text: string): Warmth {
  if (WANTS_LESS.test(text)) return 'decrease';
  if (!family || family.valence === 'neutral') return 'neutral';
  if (family.valence === 'negative') return HOSTILE.has(family.name) && AT_COMPANION.test(text) ? 'neutral' : 'increase';
  return family.arousal === 'high' ? 'increase' : 'neutral';
}
