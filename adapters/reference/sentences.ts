// Sentences of an utterance, without breaking after titles and initials ("Dr. Halvorsen", "Mr. Abernethy").
import { splitSentences } from '../text/sentences.js';

const TITLE_END = /(?:^|\s)(?:dr|mr|mrs|ms|mx|prof|st|rev|sr|jr|capt|lt|sgt|mt|ft|no|vs|etc|[A-Z])\.$/i;

export function sentencesOf(text: string): string[] {
  const merged: string[] = [];
  for (const sentence of splitSentences(text)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && TITLE_END.test(last)) merged[merged.length - 1] = `${last} ${sentence}`;
    else merged.push(sentence);
  }
  return merged;
}
