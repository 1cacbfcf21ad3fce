// One emotion cue found in an utterance, with how much it weighs there.
import type { EmotionFamily } from './lexicon/emotion-family.js';

export interface EmotionHit {
  family: EmotionFamily;
  cue: string;
  /** Character offset of the cue in the utterance. */
  at: number;
  weight: number;
  /** Read from the event told (appraisal), not from a word naming the feeling. */
  appraised: boolean;
  /** The kind within the family an event told says, when it says one (a pain in one's body: worry). */
  kind?: string;
}
