// Idioms people name a feeling with, and the word a dictionary gives for each ("over the moon":
// overjoyed). The idiom is the user's name for the feeling but no word a companion can repeat as
// one, so the label gives its meaning ("joy (overjoyed)"). Written from general English
// dictionaries of idioms, not from any corpus; an idiom used as often for another thing ("broke
// down": a car, "fell apart": a plan) is left out.
export interface EmotionIdiom {
  idiom: string;
  /** The emotion family it says (lexicon/emotions.ts). */
  family: string;
  /** The dictionary's word for it. */
  means: string;
}

export const EMOTION_IDIOMS: readonly EmotionIdiom[] = [
  { idiom: 'over the moon', family: 'joy', means: 'overjoyed' },
  { idiom: 'jumping for joy', family: 'joy', means: 'overjoyed' },
  { idiom: 'on cloud nine', family: 'joy', means: 'elated' },
  { idiom: 'on top of the world', family: 'joy', means: 'elated' },
  { idiom: 'walking on air', family: 'joy', means: 'elated' },
  { idiom: 'in seventh heaven', family: 'joy', means: 'ecstatic' },
  { idiom: 'tickled pink', family: 'joy', means: 'delighted' },
  { idiom: 'on edge', family: 'anxiety', means: 'nervous' },
  { idiom: 'on tenterhooks', family: 'anxiety', means: 'anxious' },
  { idiom: 'bundle of nerves', family: 'anxiety', means: 'nervous' },
  { idiom: 'bag of nerves', family: 'anxiety', means: 'nervous' },
  { idiom: 'heart in my mouth', family: 'anxiety', means: 'scared' },
  { idiom: 'on pins and needles', family: 'anxiety', means: 'anxious' },
  // Said of what caused it ("that freaked me out"): it frightened the user; "I'm freaking out" is panic.
  { idiom: 'freaked me out', family: 'anxiety', means: 'frightened' },
  { idiom: 'freaks me out', family: 'anxiety', means: 'frightened' },
  { idiom: 'gets on my nerves', family: 'anger', means: 'annoyed' },
  { idiom: 'getting on my nerves', family: 'anger', means: 'annoyed' },
  { idiom: 'drives me up the wall', family: 'anger', means: 'exasperated' },
  { idiom: 'run ragged', family: 'stress', means: 'exhausted' },
  // Expecting no better: weary acceptance of one more thing gone wrong.
  { idiom: 'not even surprised', family: 'frustration', means: 'resigned' },
  { idiom: 'let down', family: 'disappointment', means: 'disappointed' },
  { idiom: 'weight off', family: 'relief', means: 'relieved' },
  { idiom: 'feel lighter', family: 'relief', means: 'relieved' },
  { idiom: 'dodged a bullet', family: 'relief', means: 'relieved' },
];

const MEANINGS = new Map(EMOTION_IDIOMS.map((i) => [i.idiom, i.means]));

/** The dictionary's word for an idiom of feeling ("over the moon" → overjoyed). */
export const idiomMeaning = (cue: string): string | undefined => MEANINGS.get(cue.toLowerCase());
