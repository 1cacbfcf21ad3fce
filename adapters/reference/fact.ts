// A stored fact: one sentence of a personal utterance, the typed values it holds, what it is
// expected to answer, and its place in history (which narrative, which turn, what replaced it).
import type { Slot, SlotType } from './slots.js';

export interface Fact {
  id: number;
  tenant: string;
  narrative: number;
  /** Sequence number of the utterance the fact came from. */
  turn: number;
  timestamp?: string;
  text: string;
  slots: Slot[];
  /** Content-word stems and synonym-group tokens, for matching. */
  terms: string[];
  /** Terms of the other sentences of the same utterance: what the sentence is about, by context. */
  context: string[];
  predictedQueries: string[];
  /** Terms of the questions the fact answers without sharing their words ("how old?" for "he was 81"). */
  asks: string[];
  /** Stems of the kinds its nouns name ("tooth" for "molar", "colour" for "black"), from WordNet. */
  kinds: string[];
  /** Terms of the person the sentence calls "he" or "she" (light coreference). */
  refers: string[];
  /** The utterance was classified as noise: kept, but ranked low. */
  noise: boolean;
  /** The utterance was an update: this fact carries a new value. */
  update: boolean;
  /** Emotion family named in this fact, if any. */
  emotion?: string;
  /** The later fact that replaced a value of this one (history is kept, the current value wins). */
  supersededBy?: number;
  /** The update was matched to this fact only by shared words: it named no value of it, nor said it was off. */
  supersededLoosely?: boolean;
  /** Values of this fact a later update replaced, and by what. */
  replaced: Array<{ from: string; to: string; by: number; type: SlotType }>;
}
