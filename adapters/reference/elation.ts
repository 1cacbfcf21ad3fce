// Joy at its height. A good feeling shown only by how it is said (a shout in capitals, "!!!") and named
// by no word of the user's is at the top of its scale: elation, which WordNet glosses as "a feeling
// of joy and pride" and files under joy (Plutchik's wheel has the same ladder: serenity, joy,
// ecstasy). "I'M A PILOT", "we're married!!!", "I PASSED!!!": the label is the category the rest of
// the utterance reads ("joy", or "pride" for an achievement told) with "elated" beside it, where a
// word the user named would stand. One "!" or two is ordinary emphasis and stays as it was read.
// Past that, joy the user could not contain — they tell of screaming, shrieking, jumping up and
// down — is the ladder's last rung, ecstasy ("ecstatic": overwhelming joy, beyond self-control).
// Not for arousal shown by the body ("I'm shaking"): trembling says how strongly, not which way.
import type { EmotionHit } from './emotion-hit.js';
import type { EmotionFamily } from './lexicon/emotion-family.js';
import { AROUSAL_SIGNS } from './lexicon/emotions.js';
import { SHOUTING } from './shouting.js';

const SIGNS = new Set(AROUSAL_SIGNS);
/** The families an exclaimed success is read as: the good feeling's category stays, "excitement" reads as joy. */
const AT_HEIGHT: Readonly<Record<string, string>> = { joy: 'joy', excitement: 'joy', pride: 'pride' };

const ELATED = 'elated';
const ECSTATIC = 'ecstatic';

/** Three exclamation marks in a row, or a shout. */
const atFullVoice = (text: string) => /!{3,}/.test(text) || SHOUTING.test(text);

/** The user tells of an outburst of their own: "I screamed", "I was literally shrieking", "we jumped up and down". */
const OUTBURST =
  /\b(?:I|we)\s+(?:(?:was|were|just|literally|actually|totally|both|all)\s+)*(?:scream(?:ed|ing)|shriek(?:ed|ing)|squeal(?:ed|ing)|whoop(?:ed|ing)|jump(?:ed|ing)\s+up\s+and\s+down)\b/i;

/**
 * The category to name beside "elated" (or "ecstatic") when the family read is a good, activated one, the
 * utterance is said at full voice, and neither a word the user named nor a bodily sign of the family read it.
 */
export function elationOf(family: EmotionFamily, hits: readonly EmotionHit[], text: string, userNamed: boolean): string | undefined {
  const category = AT_HEIGHT[family.name];
  if (!category || userNamed || !atFullVoice(text)) return undefined;
  if (hits.some((h) => h.family.name === family.name && SIGNS.has(h.cue))) return undefined;
  return `${category} (${OUTBURST.test(text) ? ECSTATIC : ELATED})`;
}
