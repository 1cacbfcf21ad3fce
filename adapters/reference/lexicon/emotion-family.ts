// One family of the emotion lexicon: its name, its valence and the words that say it.
export interface EmotionFamily {
  name: string;
  valence: 'positive' | 'negative' | 'neutral';
  /** How people name the feeling itself as an adjective or a noun ("anxious", "happiness"). */
  forms: readonly string[];
  cues: readonly string[];
}
