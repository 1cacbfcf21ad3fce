// Turns a template's clean sentence into something a person would type: an opener, sometimes a
// lowercase start, sometimes a side comment (a digression) run on without a full stop.
import type { Phenomenon } from '../corpus/model.js';
import { PHENOMENA } from '../corpus/model.js';
import type { Rng } from './rng.js';
import { OPENERS, SIDE_COMMENTS } from './vocabulary/chatter.js';

export interface Utterance {
  text: string;
  phenomena: Phenomenon[];
}

export function casual(rng: Rng, body: string, sideCommentChance = 0.3): Utterance {
  const found = new Set<Phenomenon>();
  const opener = rng.pick(OPENERS);
  if (opener.typo) found.add('typo');
  let text = opener.text ? opener.text + lowerFirst(body) : rng.chance(0.35) ? lowerFirst(body) : body;
  if (rng.chance(sideCommentChance)) {
    const side = rng.pick(SIDE_COMMENTS);
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
