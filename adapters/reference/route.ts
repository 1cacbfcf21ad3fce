// Which narrative a question belongs to when no tenant id says so: the one that holds most of the
// question's weighted words (rare words — names, specific things — decide), with a preference for
// the narrative the conversation is in, which settles questions worded alike across narratives, and
// its best-matching fact's score. The conversation is in the narrative the user last asked about, or
// else last told about. A narrative talked about just before the engine's clock now is preferred too,
// unless the question names something told (then the name says which).
import type { Memory, Narrative } from './memory.js';
import { synonymGroup } from './lexicon/synonyms.js';
import { isGroupTerm, isNameTerm } from './terms.js';
import { clockAffinity } from './clock-context.js';

/** How much the narrative the conversation is in is preferred. */
const ACTIVE_PREFERENCE = 2;
/** Rarity among narratives is squared, so a word one narrative alone holds dominates. */
const RARITY_POWER = 2;
const BEST_FACT_WEIGHT = 1;
/** How much a narrative talked about just before now is preferred (see `clockAffinity`). */
const CLOCK_PREFERENCE = 1;
/** The narrative last told about keeps some preference while a question has moved the conversation elsewhere. */
const TOLD_PREFERENCE = 1.5;

/** A narrative that holds only a synonym of a question word ("Dr" for "doctor") is credited this share. */
const SYNONYM_CREDIT = 0.5;

function evidence(memory: Memory, narrative: Narrative, terms: readonly string[]): number {
  let sum = 0;
  for (const t of terms) {
    if (isGroupTerm(t)) continue;
    const rarity = memory.narrativeIdf(t) ** RARITY_POWER;
    if (narrative.terms.has(t)) sum += rarity;
    else {
      const group = synonymGroup(t);
      if (group && narrative.terms.has(group)) sum += rarity * SYNONYM_CREDIT;
    }
  }
  return sum;
}

export function routeNarrative(
  memory: Memory,
  tenant: string,
  terms: readonly string[],
  bestFact: ReadonlyMap<number, number>,
): number | undefined {
  const active = memory.focusedNarrative(tenant);
  const told = memory.activeNarrative(tenant)?.id;
  const named = namesSomethingTold(memory, tenant, terms);
  let chosen: number | undefined;
  let top = -Infinity;
  for (const narrative of memory.narratives) {
    const best = bestFact.get(narrative.id);
    if (narrative.tenant !== tenant || best === undefined) continue;
    const value =
      (evidence(memory, narrative, terms) + BEST_FACT_WEIGHT * best) *
      (narrative.id === active ? ACTIVE_PREFERENCE : narrative.id === told ? TOLD_PREFERENCE : 1) *
      (named ? 1 : 1 + CLOCK_PREFERENCE * clockAffinity(memory, narrative, told));
    if (value > top) {
      top = value;
      chosen = narrative.id;
    }
  }
  return chosen;
}

/** Whether the question names something a narrative of the tenant holds: then it says which, and the clock need not. */
function namesSomethingTold(memory: Memory, tenant: string, terms: readonly string[]): boolean {
  const names = terms.filter(isNameTerm);
  return names.length > 0 && memory.narratives.some((n) => n.tenant === tenant && names.some((t) => n.terms.has(t)));
}
