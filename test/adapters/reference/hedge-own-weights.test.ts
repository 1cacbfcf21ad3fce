// The hedge's second narrative answers with the fact it would give were it chosen: its facts ranked
// by its own word weights, not by the whole store's ranking (whose weights drift as other stories
// are told, so the same narrative's best fact would differ right after it was told and at the end).
import { describe, expect, it } from 'vitest';
import { hedgedRanking } from '../../../adapters/reference/hedge.js';
import type { Fact } from '../../../adapters/reference/fact.js';
import type { Scored } from '../../../adapters/reference/rank.js';

const fact = (id: number, narrative: number, text: string) => ({ id, narrative, text }) as unknown as Fact;

describe("the runner-up narrative's fact in a hedged answer", () => {
  const chosen: Scored[] = [
    { fact: fact(1, 1, "the dog's surgery is on June 4."), score: 9 },
    { fact: fact(2, 1, 'the dog is on ear drops.'), score: 5 },
  ];
  const withinRunnerUp: Scored[] = [
    { fact: fact(11, 2, 'surgery is booked for March 3.'), score: 4 },
    { fact: fact(10, 2, 'my ear keeps ringing.'), score: 3 },
  ];
  const rankWithin = (narrative: number) => (narrative === 2 ? withinRunnerUp : []);

  it('is its best as ranked within it, scored as the chosen best', () => {
    const ordered = hedgedRanking(chosen, rankWithin, { narrative: 1, belief: new Map(), runnerUp: { narrative: 2, share: 0.9 } });
    expect(ordered.map((s) => s.fact.id)).toEqual([1, 11, 2]);
    expect(ordered[1].score).toBe(9);
  });

  it('is left out when the runner-up fits clearly worse', () => {
    const ordered = hedgedRanking(chosen, rankWithin, { narrative: 1, belief: new Map(), runnerUp: { narrative: 2, share: 0.5 } });
    expect(ordered.map((s) => s.fact.id)).toEqual([1, 2]);
  });
});
