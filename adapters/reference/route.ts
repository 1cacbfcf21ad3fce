// Which narrative a question belongs to when no tenant id says so: the one that holds most of the
// question's weighted words (rare words — names, specific things — decide), over the whole
// narrative and in its best single utterance, with its best facts' scores (narrative-match.ts) and
// a preference for the narrative the conversation is in, which settles questions worded alike
// across narratives. The conversation is about the narratives the user's questions since they last
// told something fitted, each by how well (a question that fits two alike leaves the next one to
// tell them apart), or else about the one last told. A person or animal the question names by whom
// it belongs to ("my brother", relations-asked.ts) weighs double among its words. A narrative
// talked about just before the engine's clock now is preferred too, unless the question names
// something told (then the name says which). A name only one narrative has told takes the question
// there when that narrative also fits its words best, whatever the conversation was about. When the
// conversation's preference for a narrative looked back at outweighs the one its words fit best,
// the words' choice is kept beside it for the answer (hedge.ts). Right after telling, a question
// that names nothing of another narrative stays with the one just told (told-topic.ts).
import type { Memory, Narrative } from './memory.js';
import { synonymGroup } from './lexicon/synonyms.js';
import { isGroupTerm, isNameTerm } from './terms.js';
import { clockAffinity, resumedChain } from './clock-context.js';
import type { NarrativeMatch } from './narrative-match.js';
import type { SlotType } from './slots.js';
import { staysWithTold } from './told-topic.js';

/** How much the narrative the conversation is wholly in is preferred (a share of it, a share of that). */
const ACTIVE_PREFERENCE = 2;
/** Rarity among narratives is squared, so a word one narrative alone holds dominates. */
const RARITY_POWER = 2;
const BEST_FACT_WEIGHT = 1;
/** The share of word evidence taken from the narrative's words as a whole; the rest is its best utterance's. */
const WHOLE_NARRATIVE_SHARE = 0.5;
/** How much a narrative talked about just before now is preferred (see `clockAffinity`). */
const CLOCK_PREFERENCE = 1;
/** The narrative last told about keeps some preference while a question has moved the conversation elsewhere. */
const TOLD_PREFERENCE = 1.5;

/** How steeply a question's fit decides how much the conversation is about each narrative. */
const BELIEF_SHARPNESS = 8;
/** A share below this is dropped from the conversation. */
const MIN_SHARE = 0.02;

/** Questions asked without telling anything that halve the last-told narrative's preference. */
const TOLD_HALF_LIFE_QUESTIONS = 20;

/** A being the question names by whom it belongs to ("my brother", see relations-asked.ts) weighs this much more. */
const RELATION_WEIGHT = 2;

/** A narrative that holds only a synonym of a question word ("Dr" for "doctor") is credited this share. */
const SYNONYM_CREDIT = 0.5;

/** The question's words (not synonym groups) with their rarity among narratives and their synonym group: once per question. */
interface Cue {
  term: string;
  rarity: number;
  group: string | undefined;
  /** What a narrative that told of the being the word names by a possessive (in the word or a synonym) is credited besides. */
  relation: number;
}

function cuesOf(memory: Memory, terms: readonly string[], relations: readonly string[]): Cue[] {
  return terms
    .filter((t) => !isGroupTerm(t))
    .map((term) => {
      const rarity = memory.narrativeIdf(term) ** RARITY_POWER;
      return { term, rarity, group: synonymGroup(term), relation: relations.includes(term) ? rarity * (RELATION_WEIGHT - 1) : 0 };
    });
}

/**
 * A narrative's words' fit. The being a possessive names is the same whichever word told it ("my
 * doctor", "Dr Osei is my GP"), so the relation's extra credit goes to a synonym's holder too.
 */
function evidence(narrative: Narrative, cues: readonly Cue[]): number {
  let sum = 0;
  for (const { term, rarity, group, relation } of cues) {
    if (narrative.terms.has(term)) sum += rarity + relation;
    else if (group && narrative.terms.has(group)) sum += rarity * SYNONYM_CREDIT + relation;
  }
  return sum;
}

export interface RouteChoice {
  narrative: number | undefined;
  /** How much the conversation is about each narrative once this question has landed (shares sum to 1). */
  belief: Map<number, number>;
  /** The narrative that fitted next best, with its value as a share of the chosen one's (none when a name decided). */
  runnerUp?: { narrative: number; share: number };
  /**
   * The narrative the question's words and clock fit best, when the conversation's preference chose
   * another one that was not just told: the user is looking back, and the two signals disagree.
   */
  outvoted?: number;
}

export function routeNarrative(
  memory: Memory,
  tenant: string,
  terms: readonly string[],
  matches: ReadonlyMap<number, NarrativeMatch>,
  relations: readonly string[] = [],
  types: readonly SlotType[] = [],
): RouteChoice {
  const told = memory.activeNarrative(tenant)?.id;
  const cues = cuesOf(memory, terms, relations);
  const named = namesSomethingTold(memory, tenant, terms);
  const values = new Map<number, number>();
  /** How well each narrative fits the question on its words and clock, before the conversation's preference. */
  const fits = new Map<number, number>();
  let chosen: number | undefined;
  let top = -Infinity;
  for (const narrative of memory.narratives) {
    const match = matches.get(narrative.id);
    if (narrative.tenant !== tenant || match === undefined) continue;
    const preference = Math.max(
      1 + (ACTIVE_PREFERENCE - 1) * memory.beliefIn(tenant, narrative.id),
      narrative.id === told ? toldPreference(memory, tenant) : 1,
    );
    const fit =
      (WHOLE_NARRATIVE_SHARE * evidence(narrative, cues) + (1 - WHOLE_NARRATIVE_SHARE) * match.utterance + BEST_FACT_WEIGHT * match.facts) *
      (named ? 1 : 1 + CLOCK_PREFERENCE * clockAffinity(memory, narrative, told));
    const value = fit * preference;
    fits.set(narrative.id, fit);
    values.set(narrative.id, value);
    if (value > top) {
      top = value;
      chosen = narrative.id;
    }
  }
  // A name only one narrative has told, which also fits the question best on its words, says which
  // narrative is meant, whatever the conversation was about before.
  const owner = nameOwner(memory, tenant, terms);
  if (owner !== undefined && owner !== chosen && fits.get(owner) === Math.max(...fits.values())) {
    return { narrative: owner, belief: new Map([[owner, 1]]) };
  }
  // Right after telling, a question naming nothing of another narrative is about the story just told
  // (told-topic.ts): the narrative just told, or its part before a quiet spell when that alone matched.
  const toldNarrative = told === undefined ? undefined : memory.narratives[told - 1];
  const stay = toldNarrative && chosen !== told && !named ? toldStoryChoice(memory, toldNarrative, values) : undefined;
  if (stay !== undefined && staysWithTold(memory, toldNarrative as Narrative, chosen, terms, types)) {
    return { narrative: stay, belief: new Map([[stay, 1]]) };
  }
  const outvoted = chosen === told ? undefined : bestFitting(fits);
  return {
    narrative: chosen,
    belief: beliefAfter(values, top),
    ...runnerUpOf(values, chosen, top),
    ...(outvoted !== undefined && outvoted !== chosen ? { outvoted } : {}),
  };
}

/**
 * The narrative just told, when anything in it matched the question; else the best-valued of those it
 * may resume, which may be the same story's earlier part across a quiet spell.
 */
function toldStoryChoice(memory: Memory, told: Narrative, values: ReadonlyMap<number, number>): number | undefined {
  if (values.has(told.id)) return told.id;
  let best: number | undefined;
  let top = -Infinity;
  for (const { narrative } of resumedChain(memory, told)) {
    const value = values.get(narrative.id);
    if (value !== undefined && value > top) {
      top = value;
      best = narrative.id;
    }
  }
  return best;
}

/** The narrative of the best fit (the first of equals). */
function bestFitting(fits: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let top = -Infinity;
  for (const [narrative, fit] of fits) {
    if (fit > top) {
      top = fit;
      best = narrative;
    }
  }
  return best;
}

/** The narrative of the next best value, with that value as a share of the best. */
function runnerUpOf(values: ReadonlyMap<number, number>, chosen: number | undefined, top: number): Pick<RouteChoice, 'runnerUp'> {
  if (!(top > 0)) return {};
  let runnerUp: RouteChoice['runnerUp'];
  for (const [narrative, value] of values) {
    if (narrative !== chosen && (!runnerUp || value / top > runnerUp.share)) runnerUp = { narrative, share: value / top };
  }
  return runnerUp ? { runnerUp } : {};
}

/** The one narrative that alone has told the question's names, when every such name points to it. */
function nameOwner(memory: Memory, tenant: string, terms: readonly string[]): number | undefined {
  let owner: number | undefined;
  for (const term of terms) {
    if (!isNameTerm(term) || memory.narrativesHolding(term) !== 1) continue;
    const holder = memory.narratives.find((n) => n.tenant === tenant && n.terms.has(term));
    if (!holder) continue;
    if (owner !== undefined && owner !== holder.id) return undefined;
    owner = holder.id;
  }
  return owner;
}

/**
 * The conversation after a question: each narrative's share grows steeply with how well it fits
 * (value relative to the best, to the power `BELIEF_SHARPNESS`), so a question that fits two
 * narratives alike leaves the next question to tell them apart, while a clear one settles it.
 */
function beliefAfter(values: ReadonlyMap<number, number>, top: number): Map<number, number> {
  const shares = new Map<number, number>();
  if (!(top > 0)) return shares;
  let sum = 0;
  for (const [id, value] of values) {
    const share = (Math.max(0, value) / top) ** BELIEF_SHARPNESS;
    if (share >= MIN_SHARE) {
      shares.set(id, share);
      sum += share;
    }
  }
  for (const [id, share] of shares) shares.set(id, share / sum);
  return shares;
}

/**
 * What was told last stays preferred while the user asks about other things, less and less the
 * longer they go on asking without telling anything: after a long run of questions they are
 * looking back over everything, not at what they said last.
 */
function toldPreference(memory: Memory, tenant: string): number {
  return 1 + (TOLD_PREFERENCE - 1) * 0.5 ** (memory.questionsSinceTold(tenant) / TOLD_HALF_LIFE_QUESTIONS);
}

/** Whether the question names something a narrative of the tenant holds: then it says which, and the clock need not. */
function namesSomethingTold(memory: Memory, tenant: string, terms: readonly string[]): boolean {
  const names = terms.filter(isNameTerm);
  return names.length > 0 && memory.narratives.some((n) => n.tenant === tenant && names.some((t) => n.terms.has(t)));
}
