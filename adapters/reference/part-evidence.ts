// What settles a situation part beyond its own words: who the question already names, someone named
// beside their relation to the user, the latest value of the type asked for, and what was told
// right after the sentence naming an event whose outcome is asked.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { namesSomeoneByRelation } from './named-relation.js';
import type { Ask, Scored } from './rank.js';
import type { SlotType } from './slots.js';
import { isNameTerm, termsOf } from './terms.js';
import { ASKS_ORIGIN } from './part-types.js';

/** A capitalised word that does not open the sentence (and is not "I"): a name. */
const NAME_WORD = /(?<=\S\s+)(?!I\b|I['’])\p{Lu}[\p{L}'’.&-]*/gu;

export function withoutNames(text: string): string {
  return text.replace(NAME_WORD, ' ');
}

/** Whether every person the fact names is named by the question too ("Avery Umarov" for "…with Avery"). */
export function onlyPeopleNamed(fact: Fact, named: ReadonlySet<string>): boolean {
  const people = fact.slots.filter((s) => s.type === 'PERSON');
  return people.length > 0 && people.every((s) => termsOf(s.value).some((t) => isNameTerm(t) && named.has(t)));
}

/** "where we ended up": the latest value of the type counts as much as a word. */
export const LATEST_BONUS = 1;

/** The latest fact of the narrative holding a value of one of the types. */
export function latestHolding(facts: readonly Fact[], types: readonly SlotType[], home: number | undefined): Fact | undefined {
  let latest: Fact | undefined;
  for (const fact of facts) {
    if ((home === undefined || fact.narrative === home) && !fact.noise && holdsType(fact, types) && (!latest || fact.id > latest.id))
      latest = fact;
  }
  return latest;
}

export function holdsType(fact: Fact, types: readonly SlotType[]): boolean {
  return fact.slots.some((s) => types.includes(s.type));
}

/**
 * Settles a "who…" part between sentences matched alike, mostly by type alone (0.3 each) and by the
 * topic of the utterance they were told in: see named-relation.ts.
 */
const NAMED_RELATION_BONUS = 1;

export function personBonus(ask: Ask, fact: Fact): number {
  return ask.types.includes('PERSON') && namesSomeoneByRelation(fact) ? NAMED_RELATION_BONUS : 0;
}

/** "how did the hearing go", "how did my ear problem turn out", "what came out of the meeting". */
export const ASKS_OUTCOME =
  /\bhow (?:did|has|have|was|were|is|are|do|does) .{0,60}\b(?:go|gone|went|turn(?:ed)? out|end(?:ed)? up|work(?:ed)? out|come out|came out)\b|\bwhat (?:happened|came out of|comes out of|come out of)\b|\bwhat was the (?:outcome|result|verdict)\b/i;

/**
 * People tell an event and then how it went ("kiln opened today. 3 of the 4 survived, one cracked"):
 * a part asking how something turned out is answered by the sentence after the one naming it.
 */
export function toldNext(memory: Memory, fact: Fact): Fact | undefined {
  const next = memory.fact(fact.id + 1);
  return next && next.turn === fact.turn && next.tenant === fact.tenant && !next.noise ? next : undefined;
}

/** A sentence this short, told before another in the same utterance, announces what that one tells. */
const HEADING_WORDS = 5;
/** Values a heading does not hold: it announces them ("vet went great!"; not "FINISHED in 2:03:41!!!"). */
const ANNOUNCED: readonly SlotType[] = ['PERSON', 'PLACE', 'ORGANIZATION', 'DATE', 'TIME', 'MONEY', 'QUANTITY', 'CONDITION'];

function isHeading(fact: Fact): boolean {
  return fact.text.split(/\s+/).length <= HEADING_WORDS && !/\p{Nd}/u.test(fact.text) && !holdsType(fact, ANNOUNCED);
}

/**
 * People announce and then tell ("found a tutor! Bronagh Tweedie, trained in …"; "vet went great!
 * she got her second jab and a dewormer"): a part's best trace is followed by the sentence told
 * right after it when it is a short heading: asking a type, it holds no value of it and the next one
 * does; asking none, it holds no value at all. A longer sentence is an answer of its own, right or
 * wrong, and what follows it would only crowd out the other parts.
 */
export function toldNextTyped(memory: Memory, fact: Fact, types: readonly SlotType[]): Fact | undefined {
  if (types.length === 0) return isHeading(fact) ? toldNext(memory, fact) : undefined;
  if (holdsType(fact, types) || fact.text.split(/\s+/).length > HEADING_WORDS) return undefined;
  const next = toldNext(memory, fact);
  return next && holdsType(next, types) ? next : undefined;
}

/** A fact matched at least this share of the best is a mention of the same event. */
const MENTION_SHARE = 0.5;

/**
 * "what came out of the meeting", "what happened when we cleared out the workshop": an event is
 * planned, moved and then happens, and its outcome is told after its last mention ("did the workshop.
 * I cried over the lathe …"), which is seldom the sentence matching the question best. A mention is a
 * fact matched at least half as well as the best, or holding a word of the question the best holds
 * too ("workshop"); the last one is given with the sentence told right after it.
 */
export function lastMention(memory: Memory, ranked: readonly Scored[], asked: readonly string[]): Fact[] {
  const best = ranked[0];
  if (!best || best.score <= 0) return [];
  const shared = new Set(best.fact.terms.filter((t) => asked.includes(t) && !isNameTerm(t)));
  let last: Fact | undefined;
  for (const s of ranked) {
    const mentions = s.score >= best.score * MENTION_SHARE || s.fact.terms.some((t) => shared.has(t));
    if (mentions && (!last || s.fact.id > last.id)) last = s.fact;
  }
  if (!last) return [];
  const next = toldNext(memory, last);
  return next ? [last, next] : [last];
}

/** "where I moved from": a place told as where something started ("leaving Dublin", "from Cardiff") weighs as much as a word. */
const ORIGIN_BONUS = 1;
const FROM = /\b(?:from|leaving|left|leave|out of)\s+(?:the\s+)?$/i;

export function originBonus(part: string, fact: Fact): number {
  if (!ASKS_ORIGIN.test(part)) return 0;
  const lower = fact.text.toLowerCase();
  const told = fact.slots.some((s) => {
    if (s.type !== 'PLACE') return false;
    const at = lower.indexOf(s.value.toLowerCase());
    return at > 0 && FROM.test(lower.slice(Math.max(0, at - 12), at));
  });
  return told ? ORIGIN_BONUS : 0;
}
