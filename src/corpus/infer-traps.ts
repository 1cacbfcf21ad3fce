// The plain dialect of a general-knowledge trap: a batch with no stores, no verification and no
// annotation that asks a question sharing no content word with the rest of the story
// ("What's the capital of France?"). A question that does share words ("what was the hiring
// manager's name again?") is about the story and stays an ordinary turn.
import type { Turn } from './model.js';
import { contentWords } from '../text/words.js';

export function inferPlainTraps(turns: Turn[]): void {
  for (const turn of turns) {
    if (turn.generalKnowledgeTrap || turn.probe || turn.inputClass || turn.expectedStores.length > 0) continue;
    if (!turn.text.trim().endsWith('?')) continue;
    const words = contentWords(turn.text).filter((w) => w.length >= 3);
    if (words.length === 0) continue;
    const storyWords = new Set(turns.filter((t) => t !== turn).flatMap((t) => contentWords(t.text)));
    if (words.some((w) => storyWords.has(w))) continue;
    turn.generalKnowledgeTrap = true;
    turn.trapInferred = true;
  }
}
