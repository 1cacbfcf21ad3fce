// Whose feelings the label reads. A feeling named of someone else ("Mirela is wiped out", "Connor is
// furious") is theirs, an event the user tells: the label reads the user's own words, the events
// they tell and how they say it. Only when the user names nothing of their own and exclaims nothing
// ("my daughter is terrified of the surgery") does the other's feeling stand for the user's concern,
// at the half weight salience.ts gives it; someone else's tears ("Sade was in tears") never do.
import type { EmotionHit } from './emotion-hit.js';
import { saidOfOther } from './said-of.js';
import { exclaimed } from './shouting.js';

export function usersOwn(hits: readonly EmotionHit[], text: string): EmotionHit[] {
  const own = hits.filter((h) => h.appraised || !saidOfOther(text, h.at));
  if (own.some((h) => !h.appraised) || exclaimed(text)) return own;
  return hits.filter((h) => h.family.name !== 'tears' || !saidOfOther(text, h.at));
}
