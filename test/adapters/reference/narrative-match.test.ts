// How well each narrative's own facts answer a question, as routing weighs them without a tenant id:
// several answering facts over one chance match, and cue words told together in one utterance over
// the same words scattered across a narrative.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../adapters/reference/fact.js';
import { Memory } from '../../../adapters/reference/memory.js';
import { narrativeMatches } from '../../../adapters/reference/narrative-match.js';
import { routeNarrative } from '../../../adapters/reference/route.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { isFunctionWord } from '../../../adapters/reference/words.js';
import { engineMemory } from './engine-memory.js';

/** A memory with one narrative per entry, each a list of utterances (turns), each a list of sentences. */
function memoryOf(narratives: string[][][]): { memory: Memory; fact: (text: string) => Fact } {
  const memory = new Memory();
  let id = 0;
  let turn = 0;
  for (const utterances of narratives) {
    const narrative = memory.openNarrative('');
    for (const sentences of utterances) {
      turn++;
      for (const text of sentences) {
        const terms = termsOf(text);
        for (const t of terms) memory.addNarrativeTerm(narrative, t);
        memory.addFact({
          id: ++id,
          tenant: '',
          narrative: narrative.id,
          turn,
          text,
          slots: [],
          terms,
          context: [],
          predictedQueries: [],
          asks: [],
          kinds: [],
          refers: [],
          noise: false,
          update: false,
          replaced: [],
        });
      }
    }
  }
  return { memory, fact: (text) => memory.facts.find((f) => f.text === text)! };
}

describe('a narrative matched by its facts', () => {
  it('counts its best three facts, each next one at 0.7 of the one before', () => {
    const { memory, fact } = memoryOf([[['a'], ['b'], ['c'], ['d']], [['e']]]);
    const ranked = [
      { fact: fact('a'), score: 10 },
      { fact: fact('e'), score: 10 },
      { fact: fact('b'), score: 10 },
      { fact: fact('c'), score: 10 },
      { fact: fact('d'), score: 10 },
    ];
    const matches = narrativeMatches(memory, [], ranked);
    expect(matches.get(1)?.facts).toBeCloseTo(10 + 7 + 4.9);
    expect(matches.get(2)?.facts).toBeCloseTo(10);
  });

  it('weighs the question words one utterance holds together, not the same words told apart', () => {
    const { memory, fact } = memoryOf([
      [['the garage fixed the car on Friday.']],
      [['we cleared out the garage.'], ['the car needs new tyres.']],
    ]);
    const terms = termsOf('Which garage fixed my car?', true);
    const ranked = memory.facts.map((f) => ({ fact: f, score: 1 }));
    const matches = narrativeMatches(memory, terms, ranked);
    const together = matches.get(1)!.utterance;
    const apart = matches.get(2)!.utterance;
    expect(together).toBeGreaterThan(apart);
    // Told apart, the better single utterance counts: "garage" or "car", not both.
    const garage = narrativeMatches(memory, terms, [{ fact: fact('we cleared out the garage.'), score: 1 }]).get(2)!.utterance;
    expect(apart).toBeCloseTo(garage);
  });
});

describe('routing by those matches', () => {
  it('lands on the narrative whose single utterance holds the cue words, over the one being told', () => {
    const { memory } = memoryOf([[['the garage fixed the car.']], [['we cleared out the garage.'], ['the car needs new tyres.']]]);
    const terms = termsOf('Which garage fixed my car?', true);
    const route = (utterance: number, facts = 5) =>
      routeNarrative(
        memory,
        '',
        terms,
        new Map([
          [1, { facts, utterance }],
          [2, { facts: 5, utterance: 0 }],
        ]),
      ).narrative;
    expect(route(60)).toBe(1);
    expect(route(0)).toBe(2);
    expect(route(0, 60)).toBe(1);
  });
});

describe('a contraction of a function word', () => {
  it('is a function word itself, while a noun with a possessive is not', () => {
    for (const word of ["what's", "who's", "they're", "we'll", "i've", "that's"]) expect(isFunctionWord(word)).toBe(true);
    for (const word of ["cat's", "mum's", "sister's"]) expect(isFunctionWord(word)).toBe(false);
  });

  it('does not pull a question to the one narrative that happened to say it', () => {
    const { tell, ask } = engineMemory();
    tell('we adopted a cat from the shelter and named her Biscuit.', '2024-02-01T09:00');
    tell('the shelter said she is about two years old.', '2024-02-02T09:00');
    tell("the neighbour's cat keeps sneaking in through the window, his name is on his collar.", '2024-03-10T09:00');
    tell('the neighbour says he is eleven and very spoiled.', '2024-03-11T09:00');
    tell('my best friend is getting married in June and I am her maid of honour.', '2024-05-01T09:00');
    tell("now the speech is what's stressing me out, I have three jokes and no ending.", '2024-05-20T09:00');
    expect(ask("What's my cat's name?")).toContain('Biscuit');
  });
});
