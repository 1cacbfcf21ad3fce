// Which narrative a question belongs to when no tenant id says so: the one that holds most of the
// question's weighted words (rare words — names, specific things — decide), with a preference for
// the narrative the conversation is in, which settles questions worded alike across narratives.
import type { Memory, Narrative } from './memory.js';
import { isGroupTerm } from './terms.js';

const ACTIVE_PREFERENCE = 1.5;

function evidence(memory: Memory, narrative: Narrative, terms: readonly string[]): number {
  return terms.reduce((sum, t) => sum + (narrative.terms.has(t) ? memory.idf(t) * (isGroupTerm(t) ? 0.3 : 1) : 0), 0);
}

export function routeNarrative(memory: Memory, tenant: string, terms: readonly string[], candidates: ReadonlySet<number>): number | undefined {
  const active = memory.activeNarrative(tenant)?.id;
  let chosen: number | undefined;
  let top = -Infinity;
  for (const narrative of memory.narratives) {
    if (narrative.tenant !== tenant || !candidates.has(narrative.id)) continue;
    const value = evidence(memory, narrative, terms) * (narrative.id === active ? ACTIVE_PREFERENCE : 1);
    if (value > top) {
      top = value;
      chosen = narrative.id;
    }
  }
  return chosen;
}
