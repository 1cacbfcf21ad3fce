// One family of the emotion lexicon: its name (the noun reported as the label), its valence and
// arousal (a neutral, settled family is a state of attention and gets no warmth), and the words
// that say it.
export interface EmotionFamily {
  name: string;
  valence: 'positive' | 'negative' | 'neutral';
  /** Activated (excitement, panic, fury) or settled (relief, sadness, contentment). */
  arousal: 'high' | 'low';
  cues: readonly string[];
}
