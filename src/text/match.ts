// Keyword matching for the linter and the property rules, folded exactly as the strict grading rule folds text.
import type { Story, Turn } from '../corpus/model.js';
import { foldWhitespaceAndCase } from '../grading/normalize-text.js';

export function occursIn(value: string, text: string): boolean {
  return foldWhitespaceAndCase(text).includes(foldWhitespaceAndCase(value));
}

/** The user inputs a question asked at `beforeTurn` can draw on (all turns for a final question). */
export function availableInputs(story: Story, beforeTurn?: number): Turn[] {
  return beforeTurn === undefined ? story.turns : story.turns.slice(0, beforeTurn);
}

export function occursInAny(value: string, turns: readonly Turn[]): boolean {
  return turns.some((t) => occursIn(value, t.text));
}

/** Two keywords collide when either contains the other (after folding). */
export function collides(a: string, b: string): boolean {
  const fa = foldWhitespaceAndCase(a);
  const fb = foldWhitespaceAndCase(b);
  return fa.includes(fb) || fb.includes(fa);
}
