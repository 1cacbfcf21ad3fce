// The plain dialect of a general-knowledge trap: a batch with no stores, no verification and no
// annotation that asks a question sharing no content word with the rest of the story
// ("What's the capital of France?"). A question that does share words ("what was the hiring
// manager's name again?") is about the story and stays an ordinary turn.
import { contentWords } from '../text/words.js';
import type { Turn } from './model.js';

export function inferPlainTraps(turns: Turn[]): void {
  const wordsOf = turns.map((t) => new Set(contentWords(t.text)));
  const turnsWithWord = new Map<string, number>();
  for (const words of wordsOf) for (const w of words) turnsWithWord.set(w, (turnsWithWord.get(w) ?? 0) + 1);
  turns.forEach((turn, i) => {
    if (turn.generalKnowledgeTrap || turn.midQuestion || turn.inputClass || turn.expectedStores.length > 0) return;
    if (!turn.text.trim().endsWith('?')) return;
    const words = [...wordsOf[i]].filter((w) => w.length >= 3);
    if (words.length === 0) return;
    // The turn itself holds each of its words once, so another turn holds it when the count exceeds 1.
    if (words.some((w) => (turnsWithWord.get(w) ?? 0) > 1)) return;
    turn.generalKnowledgeTrap = true;
    turn.trapInferred = true;
  });
}
