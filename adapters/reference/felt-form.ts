// The felt (experiencer) form of a word that names what caused a feeling: a "scary night" leaves the
// user scared, a "terrifying drive" terrified, "annoying" news annoyed. English makes such adjectives
// from the emotion verb ("terrify" → "terrifying", "scare" → "scary", "stress" → "stressful"), and
// its past participle names the feeling of whoever it happened to. A form counts only when WordNet
// lists it as an adjective ("scared", "terrified", "upset"), so no word is invented.
import { POSITIVE_EVALUATIONS } from './lexicon/evaluations.js';
import { sensesOf } from './wordnet.js';

/** "amazing", "incredible" say how good a thing was, not that it amazed anyone. */
const EVALUATIONS = new Set(POSITIVE_EVALUATIONS);

/** Participle candidates of the verb behind a cause adjective, most regular first. */
function participles(word: string): string[] {
  const ing = /^(.{3,})ing$/.exec(word)?.[1];
  if (ing) {
    const out = [`${ing}ed`]; // annoy-ing → annoyed, excit-ing → excited
    if (ing.endsWith('y')) out.push(`${ing.slice(0, -1)}ied`); // terrify-ing → terrified
    if (/([b-df-hj-np-tv-z])\1$/.test(ing)) out.push(ing.slice(0, -1)); // upsett-ing → upset
    return out;
  }
  const stem = /^(.{3,}?)(?:y|ful)$/.exec(word)?.[1];
  return stem ? [`${stem}ed`, `${stem}d`] : []; // scar-y → scared, stress-ful → stressed
}

const cache = new Map<string, string | undefined>();

/** "scary" → "scared", "terrifying" → "terrified"; undefined for a word that is not a cause adjective. */
export function feltForm(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (cache.has(lower)) return cache.get(lower);
  const form =
    /^\p{L}+$/u.test(lower) && !EVALUATIONS.has(lower) && sensesOf('adj', lower).length > 0
      ? participles(lower).find((p) => p !== lower && sensesOf('adj', p).length > 0)
      : undefined;
  cache.set(lower, form);
  return form;
}
