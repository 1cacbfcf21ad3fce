// How well each narrative's own facts answer a question, for routing it without a tenant id: its
// best facts (one chance match in a long narrative says less than several facts that answer), and
// the best single utterance's share of the question's rare words (cue words told together in one
// utterance say more than the same words scattered over a narrative that mixes several stories).
import type { Memory } from './memory.js';
import type { Scored } from './rank.js';
import { synonymGroup } from './lexicon/synonyms.js';
import { isGroupTerm } from './terms.js';

/** The facts counted per narrative, each the previous one's share of weight. */
const FACTS_COUNTED = 3;
const NEXT_FACT_SHARE = 0.7;
/** Rarity among narratives is squared, and a synonym ("Dr" for "doctor") credited half, as for a narrative's words as a whole (route.ts). */
const RARITY_POWER = 2;
const SYNONYM_CREDIT = 0.5;

export interface NarrativeMatch {
  /** Its best facts' scores: the best, then the next ones at a falling share. */
  facts: number;
  /** The rarity of the question words its best-matching single utterance holds. */
  utterance: number;
}

/** `ranked`: the tenant's facts ranked for the question, best first. */
export function narrativeMatches(memory: Memory, terms: readonly string[], ranked: readonly Scored[]): Map<number, NarrativeMatch> {
  const rarity = (term: string) => memory.narrativeIdf(term) ** RARITY_POWER;
  // Each word's credit is worked out once per question, not once per fact that holds it.
  const asked = terms
    .filter((t) => !isGroupTerm(t))
    .map((term) => {
      const group = synonymGroup(term);
      return { term, group, credit: rarity(term), synonymCredit: group ? SYNONYM_CREDIT * Math.min(rarity(term), rarity(group)) : 0 };
    });
  const matches = new Map<number, NarrativeMatch & { counted: number }>();
  /** Per utterance, the rarity each question word it holds is credited with (a synonym's: its group's, at a share). */
  const heldByUtterance = new Map<number, Map<string, number>>();
  for (const { fact, score } of ranked) {
    const match = matches.get(fact.narrative) ?? { facts: 0, utterance: 0, counted: 0 };
    if (match.counted < FACTS_COUNTED) match.facts += score * NEXT_FACT_SHARE ** match.counted++;
    matches.set(fact.narrative, match);
    const held = heldByUtterance.get(fact.turn) ?? new Map<string, number>();
    let added = false;
    for (const { term, group, credit: full, synonymCredit } of asked) {
      const credit = fact.terms.includes(term) ? full : group && fact.terms.includes(group) ? synonymCredit : 0;
      if (credit > (held.get(term) ?? 0)) {
        held.set(term, credit);
        added = true;
      }
    }
    if (!added) continue;
    heldByUtterance.set(fact.turn, held);
    let sum = 0;
    for (const credit of held.values()) sum += credit;
    match.utterance = Math.max(match.utterance, sum);
  }
  return new Map([...matches].map(([narrative, { facts, utterance }]) => [narrative, { facts, utterance }]));
}
