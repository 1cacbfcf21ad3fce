// Turns a template's clean sentence into something a person would type: an opener, sometimes a
// lowercase start, sometimes a side comment (a digression) run on without a full stop.
import type { Phenomenon } from '../corpus/model.js';
import { PHENOMENA } from '../corpus/model.js';
import type { Rng } from './rng.js';
import { OPENERS, SIDE_COMMENTS, type Filler } from './vocabulary/chatter.js';

const DISCOURSE_MARKER = /^(ok|okay|so|um|ugh|anyway|hey|oh|update|heads up|plot twist|big news|quick update)\b/i;

export interface Utterance {
  text: string;
  phenomena: Phenomenon[];
}

/** A story's own shuffled openers and side comments, dealt in turn so a story rarely repeats one. */
export interface ChatterDeck {
  opener(): Filler;
  sideComment(): Filler;
}

export function dealChatter(rng: Rng): ChatterDeck {
  const deal = (items: readonly Filler[]) => {
    const deck = rng.shuffle(items);
    let next = 0;
    return () => deck[next++ % deck.length];
  };
  return { opener: deal(OPENERS), sideComment: deal(SIDE_COMMENTS) };
}

export function casual(rng: Rng, deck: ChatterDeck, body: string, sideCommentChance = 0.3): Utterance {
  const found = new Set<Phenomenon>();
  // a template that already opens with a discourse marker ("ok so…", "ugh…") gets no second one
  const opener = DISCOURSE_MARKER.test(body) ? { text: '' } : deck.opener();
  if (opener.typo) found.add('typo');
  let text = opener.text ? opener.text + lowerFirst(body) : rng.chance(0.35) ? lowerFirst(body) : body;
  if (rng.chance(sideCommentChance)) {
    const side = deck.sideComment();
    if (side.typo) found.add('typo');
    found.add('digression');
    if (rng.chance(0.5)) {
      text = `${text.replace(/[.!?]+$/, '')} and ${side.text}`;
      found.add('run_on');
    } else {
      text = `${text} ${upperFirst(side.text)}.`;
    }
  }
  return { text, phenomena: [...found] };
}

/** Phenomena in the model's canonical order, without duplicates, so files never depend on insertion order. */
export function orderedPhenomena(list: Iterable<Phenomenon>): Phenomenon[] {
  const present = new Set(list);
  return PHENOMENA.filter((p) => present.has(p));
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // "I" stays capitalised ("ok so I have…"), as people type it
  if (/^I\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "a scan", "an MRI", "an instructor", "a UX researcher". */
export function withArticle(noun: string): string {
  const vowelSound = /^([aeiou]|MRI\b|honou?r)/i.test(noun) && !/^(UX|uni|use|eu)/i.test(noun);
  return vowelSound ? `an ${noun}` : `a ${noun}`;
}

/** "first date" -> "First Date", for story names. */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
