// Annoyance is anger at its mildest (Plutchik's ladder: annoyance, anger, rage). Said without an
// intensifier ("kind of annoyed about that one", "I'm annoyed but a park is cheaper anyway") it is a
// passing irritation the user already has in hand, and a companion meets it evenly (warmth.ts);
// "so annoyed", "annoyed!!" or a shout ask for more.
import type { EmotionHit } from './emotion-hit.js';
import { emotionKind } from './lexicon/emotion-kinds.js';
import { SHOUTING } from './shouting.js';

const INTENSIFIED =
  /\b(?:so|really|very|super|totally|extremely|incredibly|absolutely|seriously|properly|massively|beyond|too|that)\s+(?:[\w'’]+\s+)?$/i;

function sentenceAround(text: string, at: number): string {
  const start = Math.max(...['.', '!', '?', ';'].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;
  const ends = ['.', '?', ';'].map((mark) => text.indexOf(mark, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) + 1 : text.length);
}

export function mildAnnoyance(hit: EmotionHit, text: string): boolean {
  if (hit.appraised || emotionKind(hit.family.name, hit.cue) !== 'annoyance') return false;
  const before = text.slice(Math.max(0, hit.at - 25), hit.at);
  const sentence = sentenceAround(text, hit.at);
  return !INTENSIFIED.test(before) && !/!/.test(sentence) && !SHOUTING.test(sentence);
}
