// A success the user is not yet sure of: "I think I nailed it", "hopefully we smashed it". Pride is
// felt for an achievement known; one the user only believes they made, whose outcome is still to
// come, is hoped for — hope is wanting an outcome one thinks likely but cannot know. Only a success
// told ("nailed it", "passed"), not a word naming the feeling ("I think I'm proud"), and only with
// the hedge right before it ("I nailed it, I think" is said after the fact, as an afterthought).
import type { EmotionHit } from './emotion-hit.js';
import { namesAFeeling } from './feeling-word.js';
import type { EmotionFamily } from './lexicon/emotion-family.js';

const HEDGED =
  /\b(?:I\s+think|I\s+hope|hopefully|I\s+reckon|fingers\s+crossed)\s+(?:(?:I|we)\s+)?(?:(?:really|actually|totally|just|kind\s+of|kinda)\s+)?$/i;

export function readHedgedSuccess(hits: EmotionHit[], text: string, hope: EmotionFamily): EmotionHit[] {
  return hits.map((h) =>
    h.family.name === 'pride' && !namesAFeeling(h.cue) && HEDGED.test(text.slice(Math.max(0, h.at - 40), h.at))
      ? { ...h, family: hope }
      : h,
  );
}
