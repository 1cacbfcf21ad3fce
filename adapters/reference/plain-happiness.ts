// Joy's lowest rung. Good news told flatly ("we're in.", "got approved, moving on Monday"), with no
// word of feeling and nothing exclaimed, says that the user is glad of it but not how strongly:
// happiness, the plain state, rather than joy, which WordNet glosses as "the emotion of great
// happiness". The ladder above is the one the rest of the engine reads: joy once exclaimed, elation
// at full voice, ecstasy past containing (elation.ts).
import type { EmotionHit } from './emotion-hit.js';
import type { EmotionFamily } from './lexicon/emotion-family.js';
import { exclaimed } from './shouting.js';

const HAPPINESS = 'happiness';

/** "happiness" when joy is read from the events told alone, said without an exclamation or a shout. */
export function plainHappiness(family: EmotionFamily, hits: readonly EmotionHit[], text: string): string | undefined {
  if (family.name !== 'joy' || exclaimed(text)) return undefined;
  const joy = hits.filter((h) => h.family === family);
  return joy.length > 0 && joy.every((h) => h.appraised) ? HAPPINESS : undefined;
}
