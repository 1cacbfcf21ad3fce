// Clipped words: people say "the tech", "my physio", "the exam" for the technician, the
// physiotherapist, the examination. A question's long word meets a told word that is its front
// part when that told word is a clipping by WordNet's own account: every noun sense of it is also
// named by a longer word of the same start, one of them of the asked word's family ("tech" is only
// "technical school", "lab" is "laboratory", "exam" "examination"). A common word of its own
// ("part", "pass", "card") is no clipping of "partner", "passenger" or "cardiologist"; a word
// WordNet does not know ("app") says nothing of what it was short for; and a long word that is a
// compound of two words ("homework", "overtime") was not clipped to its first.
import { sensesOf, synset } from './wordnet.js';
import { isFunctionWord, stem, words } from './words.js';

const MIN_CLIP = 3;
/** The part clipped off is at least this long: "tech|nician", not "plan|e". */
const MIN_REST = 3;

function knownAs(lemma: string): boolean {
  const forms = lemma.endsWith('s') ? [lemma, lemma.slice(0, -1)] : [lemma];
  return forms.some((f) => sensesOf('noun', f).length > 0 || sensesOf('verb', f).length > 0 || sensesOf('adj', f).length > 0);
}

/** Letters past the clipping that its long form and the asked word must share: "tech" → techn-ical, techn-ician. */
const FAMILY_LETTERS = 2;

const clipCache = new Map<string, boolean>();
/**
 * Whether WordNet knows `clip` only as a clipping (every noun sense also named by a longer word of
 * the same start), one sense of it being short for a word of the asked word's family.
 */
export function isClippingOf(clip: string, word: string): boolean {
  const key = `${clip} ${word}`;
  let answer = clipCache.get(key);
  if (answer !== undefined) return answer;
  const longer = (offset: number) => (synset('noun', offset)?.words ?? []).filter((w) => w.length > clip.length + 1 && w.startsWith(clip));
  const nouns = sensesOf('noun', clip);
  const family = word.slice(0, clip.length + FAMILY_LETTERS);
  answer =
    nouns.length > 0 &&
    nouns.every((offset) => longer(offset).length > 0) &&
    nouns.some((offset) => longer(offset).some((w) => w.startsWith(family)));
  clipCache.set(key, answer);
  return answer;
}

/**
 * Terms of told clippings the question's long words may have been said as ("tech" for
 * "technician"); `held` says whether memory holds a term at all.
 */
export function clippedTerms(question: string, held: (term: string) => boolean): string[] {
  const out = new Set<string>();
  for (const raw of words(question)) {
    const word = raw.toLowerCase().replace(/['’]s?$/, '');
    if (!/^\p{Ll}+$/u.test(word) || isFunctionWord(word)) continue;
    // The clipped-off part is more than an ending: "wedd|ing" is the stem's business.
    const longest = stem(word).length - MIN_REST;
    for (let k = MIN_CLIP; k <= longest; k++) {
      const clip = word.slice(0, k);
      if (stem(clip) !== clip || !held(clip) || isFunctionWord(clip)) continue;
      if (knownAs(word.slice(k)) || !isClippingOf(clip, word)) continue;
      out.add(clip);
    }
  }
  return [...out];
}
