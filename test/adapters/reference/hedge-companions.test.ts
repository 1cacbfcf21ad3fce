// The hedge's runner-up answers as it would were it chosen: its best fact comes with what last
// replaced it in the same narrative, so the hedged answer gives the value as it stands now ("now it
// is August 16"), not only the one since changed ("August 12"); and with the sentence that
// introduced someone it calls by first name ("Yerlan starts May 26" / "Yerlan Abenov").
import { describe, expect, it } from 'vitest';
import { companionsWithin, hedgedRanking, latestReplacementWithin } from '../../../adapters/reference/hedge.js';
import type { Fact } from '../../../adapters/reference/fact.js';
import type { Memory } from '../../../adapters/reference/memory.js';
import type { Scored } from '../../../adapters/reference/rank.js';

const fact = (id: number, narrative: number, text: string, supersededBy?: number) =>
  ({ id, narrative, text, supersededBy, tenant: '' }) as unknown as Fact;

const facts = [
  fact(1, 1, 'got her in with the vet tomorrow at 4:15.'),
  fact(2, 1, 'she is on ear drops twice a day.'),
  fact(10, 2, 'booked her first vet visit for August 12 at 9:00.', 11),
  fact(11, 2, 'they moved the appointment to August 14 at 2:30.', 12),
  fact(12, 2, 'and now it is August 16, the vet is away.'),
  fact(20, 3, 'the vet visit is on August 20.', 30),
  fact(30, 4, 'my own appointment moved to August 30.'),
  fact(40, 5, 'the top two are Yerlan Abenov and one other.'),
  fact(41, 5, 'Yerlan starts May 26.'),
  fact(50, 6, 'Yerlan Abenov from the other lab called.'),
];
const memory = {
  fact: (id: number) => facts.find((f) => f.id === id),
  factsOf: () => facts,
} as unknown as Memory;
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
    const ordered = hedgedRanking(chosen, rankWithin, { narrative: 1, belief: new Map(), outvoted: 2 }, (f) => companionsWithin(memory, f));
    expect(ordered.map((s) => s.fact.id)).toEqual([1, 10, 12, 2]);
    expect(ordered.slice(1, 3).map((s) => s.score)).toEqual([7, 7]);
  });
});

describe("a first name in the hedge's runner-up fact", () => {
  it('brings the sentence of its narrative that introduced the person', () => {
    expect(companionsWithin(memory, byId(41)).map((f) => f.id)).toEqual([40]);
    const chosen: Scored[] = [{ fact: byId(1), score: 7 }];
    const rankWithin = (narrative: number): Scored[] => (narrative === 5 ? [{ fact: byId(41), score: 4 }] : []);
    const ordered = hedgedRanking(chosen, rankWithin, { narrative: 1, belief: new Map(), runnerUp: { narrative: 5, share: 0.9 } }, (f) =>
      companionsWithin(memory, f),
    );
    expect(ordered.map((s) => s.fact.id)).toEqual([1, 41, 40]);
  });
});
