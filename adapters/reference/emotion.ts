// CP10: which emotion an utterance expresses, from the general lexicon, and the warmth a companion
// should answer with (warmth.ts). The label is one category noun of a fixed taxonomy, as emotion
// classifiers report ("fear" for "terrified", "nervousness" for "my hands are shaking"), with the
// user's own word for the feeling beside it when they named it with another word (user-word.ts).
import type { DetectedEmotion } from '../../src/adapter/contract.js';
import { painHits } from './body-pain.js';
import { readArousal, readTears, signKind } from './bodily-signs.js';
import { elationOf } from './elation.js';
import { cuePattern, plainWords } from './cue-pattern.js';
import type { EmotionHit } from './emotion-hit.js';
import { feelingSequence, sequenceName } from './feeling-sequence.js';
import { readGrief } from './grief.js';
import { readHedgedSuccess } from './hedged-success.js';
import { highMarks } from './high-mark.js';
import { APPRAISALS } from './lexicon/appraisals.js';
import { EMOTION_FAMILIES, SELF_ONLY_CUES, type EmotionFamily } from './lexicon/emotions.js';
import { EMOTION_IDIOMS } from './lexicon/emotion-idioms.js';
import { emotionKind } from './lexicon/emotion-kinds.js';
import { mildAnnoyance } from './mild-annoyance.js';
import { mildFear } from './mild-fear.js';
import { plainHappiness } from './plain-happiness.js';
import { blendName, mixedFeelings } from './mixed-feelings.js';
import { usersOwn } from './own-feelings.js';
import { saidOfSelf } from './said-of.js';
import { salience } from './salience.js';
import { SHOUTING } from './shouting.js';
import { labelWithUserWord, namedByUser, wordForFeeling } from './user-word.js';
import { disclosesFeeling, warmthFor } from './warmth.js';

export type { EmotionHit };

/** Negated, with or without the apostrophe users often leave out ("dont panic"). */
const NEGATED = /(?:\b(?:not|never|no|isn['’]?t|wasn['’]?t|aren['’]?t|don['’]?t|didn['’]?t)\s+(?:\w+\s+)?)$/i;

/** "happy birthday", "happy new year": a greeting or a name ("happy hour"), no feeling of the user's. */
const GREETING = /^\s+(?:birthday|new year|anniversary|holidays|easter|christmas|hour)\b/i;

const EXCITEMENT = EMOTION_FAMILIES.find((f) => f.name === 'excitement')!;
const ANXIETY = EMOTION_FAMILIES.find((f) => f.name === 'anxiety')!;
const PRIDE = EMOTION_FAMILIES.find((f) => f.name === 'pride')!;
const HOPE = EMOTION_FAMILIES.find((f) => f.name === 'hope')!;

/** A feeling read from the event told, not named: it counts this much of a named one. */
const APPRAISAL_WEIGHT = 0.4;

const pattern = (family: EmotionFamily, cue: string, scale: number) => ({
  family,
  cue,
  re: cuePattern(cue),
  scale,
  // Most cues are in no given text: a plain substring test skips their regex.
  plain: plainWords(cue),
});

const familyNamed = (name: string) => EMOTION_FAMILIES.find((f) => f.name === name)!;

const PATTERNS = [
  ...EMOTION_FAMILIES.flatMap((family) => family.cues.map((cue) => pattern(family, cue, 1))),
  ...APPRAISALS.flatMap(({ family: name, cues }) => {
    const family = EMOTION_FAMILIES.find((f) => f.name === name)!;
    return cues.map((cue) => pattern(family, cue, APPRAISAL_WEIGHT));
  }),
  ...EMOTION_IDIOMS.filter(({ idiom, family }) => !familyNamed(family).cues.includes(idiom)).map(({ idiom, family }) =>
    pattern(familyNamed(family), idiom, 1),
  ),
];

/** Lower case as the regex's /iu folds it: the long s and the Kelvin sign are the only non-ASCII letters it folds to ASCII. */
const foldedForCues = (text: string) => text.toLowerCase().replace(/\u017f/g, 's');

/** Every emotion cue in the text, negated ones left out. */
export function emotionHits(text: string): EmotionHit[] {
  const hits: EmotionHit[] = [];
  const folded = foldedForCues(text);
  for (const { family, cue, re, scale, plain } of PATTERNS) {
    if (plain !== undefined && !plain.every((word) => folded.includes(word))) continue;
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (NEGATED.test(before)) continue;
      if (SELF_ONLY_CUES.has(cue) && !saidOfSelf(text, m.index)) continue;
      if (GREETING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      // An event told is weighed as it is: emphasis and "I'm" make a named feeling salient, not an event.
      const appraised = scale < 1;
      // "I feel lighter": the word after the cue's own "feel" is where its salience is read, as for "I feel relieved".
      const salientAt = /^(?:feel|felt|feeling)\s/i.test(cue) ? m.index + cue.indexOf(' ') + 1 : m.index;
      const weight = scale * ((appraised ? 1 : salience(text, salientAt)) + cue.split(' ').length * 0.1);
      hits.push({ family, cue, at: m.index, weight, appraised });
    }
  }
  hits.push(...highMarks(text, PRIDE, APPRAISAL_WEIGHT * 1.2), ...painHits(text, ANXIETY, APPRAISAL_WEIGHT * 1.2));
  return hits.sort((a, b) => a.at - b.at);
}

/** The feelings the text names in words (a fact's emotion slot), without those read from events. */
export function namedEmotionHits(text: string): EmotionHit[] {
  return emotionHits(text).filter((h) => !h.appraised);
}

const SHOUT_WEIGHT = 0.8;

/** Shouting strengthens the feeling already named; with none named, it reads as excitement. */
function readShouting(hits: EmotionHit[], text: string): EmotionHit[] {
  const shout = SHOUTING.exec(text);
  if (!shout) return hits;
  const strongest = [...hits].sort((a, b) => b.weight - a.weight)[0];
  return [...hits, { family: strongest?.family ?? EXCITEMENT, cue: shout[0], at: shout.index, weight: SHOUT_WEIGHT, appraised: true }];
}

/** A cue inside a longer one ("cry" in "could cry", "worried" in "worried sick") is that one, not a second feeling. */
function longestCues(hits: EmotionHit[]): EmotionHit[] {
  const inside = (h: EmotionHit, o: EmotionHit) =>
    o !== h && o.at <= h.at && h.at + h.cue.length <= o.at + o.cue.length && o.cue.length > h.cue.length;
  return hits.filter((h) => !hits.some((o) => inside(h, o)));
}

/** One family's cues in an utterance: their summed weight, the first and the strongest. */
interface FamilyReading {
  family: EmotionFamily;
  weight: number;
  hit: EmotionHit;
  top: EmotionHit;
}

export function detectEmotion(text: string): DetectedEmotion {
  const hits = readShouting(
    readArousal(readGrief(readTears(readHedgedSuccess(longestCues(usersOwn(emotionHits(text), text)), text, HOPE), text)), text),
    text,
  );
  const byFamily = new Map<string, FamilyReading>();
  for (const hit of hits) {
    const seen = byFamily.get(hit.family.name);
    if (seen) {
      seen.weight += hit.weight;
      if (hit.weight > seen.top.weight) seen.top = hit;
    } else byFamily.set(hit.family.name, { family: hit.family, weight: hit.weight, hit, top: hit });
  }
  // A state of attention ("I'm ready", "busy") gives way to any feeling named beside it.
  const families = [...byFamily.values()];
  const feelingNamed = families.some((f) => disclosesFeeling(f.family) && !f.top.appraised);
  const feelingFirst = (f: EmotionFamily) => (feelingNamed && !disclosesFeeling(f) ? 1 : 0);
  const [best, second] = families.sort(
    (a, b) => feelingFirst(a.family) - feelingFirst(b.family) || b.weight - a.weight || a.hit.at - b.hit.at,
  );
  if (best) {
    // A neutral state beside a felt one ("shocked, and so happy"): the felt one sets the warmth.
    const warmthFamily = best.family.valence === 'neutral' && second ? second.family : best.family;
    const label = (entry: FamilyReading) => {
      const elation = elationOf(entry.family, hits, text, namedByUser(hits, entry.family, text));
      if (elation) return elation;
      // The kind the strongest named cue says ("worried": worry, "scary": fear); an appraised event keeps the family's name.
      const kind = entry.top.appraised
        ? (entry.top.kind ?? plainHappiness(entry.family, hits, text))
        : mildFear(
            emotionKind(entry.family.name, wordForFeeling(entry.top.cue) ?? entry.top.cue) ?? signKind(hits, entry.family, text),
            entry.top,
            text,
          );
      return labelWithUserWord(kind, hits, entry.family, text);
    };
    const pair = mixedFeelings(hits, text);
    const mixed = pair?.map((h) => byFamily.get(h.family.name)!);
    const sequence = feelingSequence(hits, text);
    const inTurn = sequence?.some((h) => h.family === best.family) ? sequenceName(sequence) : undefined;
    const named = pair && mixed?.includes(best) ? (blendName(pair) ?? mixed.map(label).join(' and ')) : (inTurn ?? label(best));
    const evenly = warmthFamily === best.family && mildAnnoyance(best.top, text);
    return { label: named, warmthDirection: evenly ? 'neutral' : warmthFor(warmthFamily, text) };
  }
  if (/!/.test(text))
    return { label: elationOf(EXCITEMENT, hits, text, false) ?? EXCITEMENT.name, warmthDirection: warmthFor(EXCITEMENT, text) };
  return { label: 'neutral', warmthDirection: warmthFor(undefined, text) };
}
