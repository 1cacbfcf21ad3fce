// Convergence for a situation question: it is split into its parts ("who referred me, where I went,
// and what the result was"), each part is matched on its own within the narrative, with the
// question's topic as context, and the best fact for each part is put forward, before the facts the
// whole question matches best.
import { expectedTypes } from './classify-question.js';
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { historyCues, rankFacts, type Ask, type Scored } from './rank.js';
import { termsOf } from './terms.js';

const PART_SPLIT = /\s+-\s+|:\s+|;\s+|,\s*(?:and\s+)?|\s+and\s+(?=(?:what|who|where|when|which|how|why)\b)/i;

const ASKS = /^(?:what|what's|whats|who|who's|whom|whose|where|when|which|how|why|did|was|were|is|are)\b/i;

/** "Summarise X - a, b and c": the topic X and the parts; "Who did a and where is b?": two parts. */
function questionParts(question: string): { topic: string; parts: string[] } {
  const pieces = question
    .split(PART_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const first = pieces[0] ?? question;
  if (pieces.length > 1 && ASKS.test(first)) return { topic: question, parts: pieces };
  return { topic: first, parts: pieces.slice(1) };
}

/** How much the question's topic counts beside a part's own words. */
const TOPIC_WEIGHT = 0.3;

/** How many facts each part of a situation activates (the convergence set; the answer takes the best). */
const ACTIVATED_PER_PART = 3;

export interface Convergence {
  /** Facts in answer order: the best fact for each part first, then the whole question's ranking. */
  ordered: Scored[];
  /** Every trace the parts activated. */
  activated: Fact[];
  /** How many facts at the head of `ordered` are the parts' own best facts. */
  leading: number;
}

export function convergeParts(memory: Memory, question: string, ask: Ask, facts: readonly Fact[], ranked: readonly Scored[]): Convergence {
  const { topic, parts } = questionParts(question);
  if (parts.length === 0) return { ordered: [...ranked], activated: ranked.slice(0, ACTIVATED_PER_PART).map((s) => s.fact), leading: 0 };
  const topicAsk: Ask = { ...ask, terms: termsOf(topic), types: [] };
  const topicScore = new Map(rankFacts(memory, topicAsk, facts).map((s) => [s.fact, s.score]));
  const picked: Scored[] = [];
  const activated = new Set<Fact>();
  for (const part of parts) {
    // The part's own words pick the fact; the topic only settles between facts the part matches alike.
    const partAsk: Ask = {
      ...ask,
      questionClass: 'factual',
      terms: termsOf(part),
      types: expectedTypes(part, 'factual'),
      ...historyCues(part),
    };
    const matched = rankFacts(memory, partAsk, facts)
      .map((s) => ({ fact: s.fact, score: s.score + TOPIC_WEIGHT * (topicScore.get(s.fact) ?? 0) }))
      .sort((a, b) => b.score - a.score || b.fact.id - a.fact.id);
    for (const s of matched.slice(0, ACTIVATED_PER_PART)) activated.add(s.fact);
    // A part that matches nothing of its own ("…and what helped?") takes the next fact the whole question matches.
    const best = (matched.length > 0 ? matched : ranked).find((s) => !picked.some((p) => p.fact === s.fact));
    if (best) {
      picked.push(best);
      activated.add(best.fact);
    }
  }
  const top = ranked[0]?.score ?? 1;
  const ordered = [
    ...picked.map((p) => ({ fact: p.fact, score: top + p.score })),
    ...ranked.filter((s) => !picked.some((p) => p.fact === s.fact)),
  ];
  return { ordered, activated: [...activated], leading: picked.length };
}
