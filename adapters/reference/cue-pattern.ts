// How a cue of several words is found in an utterance: as whole words, case-insensitively, with an
// adverb of degree or time allowed between its words where English puts one ("my brain already
// hurts", "I feel really sick", "my heart is still pounding").
const ADVERB = '(?:\\s+(?:already|still|really|literally|actually|just|totally|completely|so))?';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const cuePattern = (cue: string) => new RegExp(`(?<![\\p{L}-])${cue.split(' ').map(escape).join(`${ADVERB} `)}(?![\\p{L}-])`, 'giu');

/**
 * The lower-case words a text must hold for the cue to be in it, a cheap test before its regex; only
 * for cues of ASCII letters, which the regex's case-insensitive match and toLowerCase fold alike.
 */
export const plainWords = (cue: string): readonly string[] | undefined =>
  /^[a-z' -]+$/i.test(cue) ? cue.toLowerCase().split(' ') : undefined;
