// The hedge's runner-up answers as it would were it chosen: a fact of it that a later fact of the
// same narrative replaced comes with that replacement, so the hedged answer gives the value as it
// stands now ("now it is August 16"), not only the one since changed ("August 12").
import { describe, expect, it } from 'vitest';
import { hedgedRanking, latestReplacementWithin } from '../../../adapters/reference/hedge.js';
import type { Fact } from '../../../adapters/reference/fact.js';
import type { Memory } from '../../../adapters/reference/memory.js';
import type { Scored } from '../../../adapters/reference/rank.js';

const fact = (id: number, narrative: number, text: string, supersededBy?: number) =>
  ({ id, narrative, text, supersededBy }) as unknown as Fact;

const facts = [
  fact(1, 1, 'got her in with the vet tomorrow at 4:15.'),
  fact(2, 1, 'she is on ear drops twice a day.'),
  fact(10, 2, 'booked her first vet visit for August 12 at 9:00.', 11),
  fact(11, 2, 'they moved the appointment to August 14 at 2:30.', 12),
  fact(12, 2, 'and now it is August 16, the vet is away.'),
  fact(20, 3, 'the vet visit is on August 20.', 30),
  fact(30, 4, 'my own appointment moved to August 30.'),
];
const memory = { fact: (id: number) => facts.find((f) => f.id === id) } as unknown as Memory;
const byId = (id: number) => facts.find((f) => f.id === id) as Fact;

describe("a replaced fact in the hedge's runner-up", () => {
  it('is followed through replacements of replacements within its narrative to the latest', () => {
    expect(latestReplacementWithin(memory, byId(10))?.id).toBe(12);
    expect(latestReplacementWithin(memory, byId(11))?.id).toBe(12);
    expect(latestReplacementWithin(memory, byId(2))).toBeUndefined();
  });

  it("leaves out a replacement told in another narrative (the hedge gives the runner-up's answer)", () => {
    expect(latestReplacementWithin(memory, byId(20))).toBeUndefined();
  });

  it('comes with its latest replacement right after it, scored as the chosen best', () => {
    const chosen: Scored[] = [
      { fact: byId(1), score: 7 },
      { fact: byId(2), score: 5 },
    ];
    const rankWithin = (narrative: number): Scored[] => (narrative === 2 ? [{ fact: byId(10), score: 4 }] : []);
    const ordered = hedgedRanking(chosen, rankWithin, { narrative: 1, belief: new Map(), outvoted: 2 }, (f) =>
      latestReplacementWithin(memory, f),
    );
    expect(ordered.map((s) => s.fact.id)).toEqual([1, 10, 12, 2]);
    expect(ordered.slice(1, 3).map((s) => s.score)).toEqual([7, 7]);
  });
});
