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

function questionParts(question: string): { topic: string; parts: string[] } {
  const pieces = question
    .split(PART_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return { topic: pieces[0] ?? question, parts: pieces.slice(1) };
}

export function convergeParts(memory: Memory, question: string, ask: Ask, facts: readonly Fact[], ranked: readonly Scored[]): Scored[] {
  const { topic, parts } = questionParts(question);
  if (parts.length === 0) return [...ranked];
  const topicTerms = termsOf(topic);
  const picked: Scored[] = [];
  for (const part of parts) {
    const partAsk: Ask = {
      ...ask,
      terms: [...new Set([...termsOf(part), ...termsOf(part), ...topicTerms])],
      types: expectedTypes(part, 'factual'),
      ...historyCues(part),
    };
    const best = rankFacts(memory, partAsk, facts).find((s) => !picked.some((p) => p.fact === s.fact));
    if (best) picked.push(best);
  }
  const top = ranked[0]?.score ?? 1;
  return [...picked.map((p) => ({ fact: p.fact, score: top + p.score })), ...ranked.filter((s) => !picked.some((p) => p.fact === s.fact))];
}
