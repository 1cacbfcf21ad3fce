// Which narrative a question belongs to when no tenant id says so: the one whose facts match it
// best (its best fact plus half its second best), with a small preference for the narrative the
// conversation is in, which breaks ties between narratives that share their vocabulary.
import type { Memory } from './memory.js';
import type { Scored } from './rank.js';

const ACTIVE_PREFERENCE = 1.2;

export function routeNarrative(memory: Memory, tenant: string, ranked: readonly Scored[]): number | undefined {
  const best = new Map<number, number[]>();
  for (const { fact, score } of ranked) {
    const scores = best.get(fact.narrative) ?? [];
    if (scores.length < 2) scores.push(score);
    best.set(fact.narrative, scores);
  }
  const active = memory.activeNarrative(tenant)?.id;
  let chosen: number | undefined;
  let top = -Infinity;
  for (const [narrative, [first, second = 0]] of [...best.entries()].sort((a, b) => a[0] - b[0])) {
    const value = (first + second / 2) * (narrative === active ? ACTIVE_PREFERENCE : 1);
    if (value > top) {
      top = value;
      chosen = narrative;
    }
  }
  return chosen;
}
