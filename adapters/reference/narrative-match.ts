// How well each narrative's own facts answer a question, for routing it without a tenant id: its
// best facts (one chance match in a long narrative says less than several facts that answer), and
// the best single utterance's share of the question's rare words (cue words told together in one
// utterance say more than the same words scattered over a narrative that mixes several stories).
import type { Memory } from './memory.js';
import type { Scored } from './rank.js';
import { synonymGroup } from './lexicon/synonyms.js';
import { isGroupTerm } from './terms.js';
import { termSets } from './fact-term-sets.js';
import { FactMarks } from './fact-marks.js';
import type { Fact } from './fact.js';

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
  // Per narrative id: its best facts' scores so far and how many were counted; `order`: as first ranked.
  const factScores = new Float64Array(memory.narratives.length + 1);
  const counted = new Uint8Array(memory.narratives.length + 1);
  const order: number[] = [];
  for (const { fact, score } of ranked) {
    const narrative = fact.narrative;
    if (counted[narrative] === 0) order.push(narrative);
    if (counted[narrative] < FACTS_COUNTED) factScores[narrative] += score * NEXT_FACT_SHARE ** counted[narrative]++;
  }
  const matches = new Map<number, NarrativeMatch>(order.map((narrative) => [narrative, { facts: factScores[narrative], utterance: 0 }]));
  /** Per utterance, the rarity each question word it holds is credited with (a synonym's: its group's, at a share). */
  const heldByUtterance = new Map<number, Map<string, number>>();
  const { facts: crediting, holds } = factsHoldingAsked(memory, asked, ranked);
  for (const fact of crediting) {
    const match = matches.get(fact.narrative) as NarrativeMatch;
    let held = heldByUtterance.get(fact.turn);
    let added = false;
    for (let i = 0; i < asked.length; i++) {
      const { term, group, credit: full, synonymCredit } = asked[i];
      const credit = holds(fact, i, false) ? full : group && holds(fact, i, true) ? synonymCredit : 0;
      if (credit > (held?.get(term) ?? 0)) {
        (held ??= new Map<string, number>()).set(term, credit);
        added = true;
      }
    }
    if (!added || !held) continue;
    heldByUtterance.set(fact.turn, held);
    let sum = 0;
    for (const credit of held.values()) sum += credit;
    match.utterance = Math.max(match.utterance, sum);
  }
  return matches;
}

const rankOf = new FactMarks();
/** Per fact id, which asked words (bit i: the i-th) its own terms hold, and which words' synonym groups. */
const wordsHeld = new FactMarks();
const groupsHeld = new FactMarks();
/** Asked words tracked by bits; a question with more is matched word by word against each ranked fact. */
const MAX_BITS = 30;

interface Holding {
  /** In ranked order. */
  facts: Fact[];
  /** Whether the fact holds the i-th asked word (`synonym`: its synonym group) among its own terms. */
  holds: (fact: Fact, i: number, synonym: boolean) => boolean;
}

/**
 * The ranked facts holding a question word (or its synonym group) among their own terms, in ranked
 * order: the only ones that credit an utterance. Found through the tenant's term index when the
 * ranking is of its facts, so the rest of a large store's ranking is not looked at word by word.
 */
function factsHoldingAsked(memory: Memory, asked: readonly { term: string; group?: string }[], ranked: readonly Scored[]): Holding {
  const tenant = ranked[0]?.fact.tenant;
  const index = tenant === undefined ? undefined : memory.termIndexOf(memory.factsOf(tenant));
  if (!index || asked.length > MAX_BITS || ranked.some((s) => s.fact.tenant !== tenant)) {
    return {
      facts: ranked.map((s) => s.fact),
      holds: (fact, i, synonym) => {
        const word = synonym ? asked[i].group : asked[i].term;
        return word !== undefined && termSets(fact).own.has(word);
      },
    };
  }
  rankOf.clear();
  ranked.forEach(({ fact }, i) => rankOf.mark(fact.id, i));
  wordsHeld.clear();
  groupsHeld.clear();
  const facts: Fact[] = [];
  const hold = (marks: FactMarks, bit: number) => (fact: Fact) => {
    if (!rankOf.has(fact.id)) return;
    if (!wordsHeld.has(fact.id) && !groupsHeld.has(fact.id)) facts.push(fact);
    if (!marks.mark(fact.id, bit)) marks.setValue(fact.id, (marks.value(fact.id) as number) | bit);
  };
  asked.forEach(({ term, group }, i) => {
    index.forEachHoldingOwn(term, hold(wordsHeld, 1 << i));
    if (group) index.forEachHoldingOwn(group, hold(groupsHeld, 1 << i));
  });
  return {
    facts: facts.sort((a, b) => (rankOf.value(a.id) as number) - (rankOf.value(b.id) as number)),
    holds: (fact, i, synonym) => (((synonym ? groupsHeld : wordsHeld).value(fact.id) ?? 0) & (1 << i)) !== 0,
  };
}
