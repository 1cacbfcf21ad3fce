// Situation questions (CP7 → CP8): which fact answers which part, a "who…" part answered by a
// sentence that shares none of its words, and a situation asked as a whole answered from its series.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../adapters/reference/fact.js';
import { namesSomeoneByRelation } from '../../../adapters/reference/named-relation.js';
import { pickParts } from '../../../adapters/reference/part-picks.js';
import { partTypes } from '../../../adapters/reference/part-types.js';
import { answerQuestion } from '../../../adapters/reference/read-path.js';
import { answer, story } from './engine-memory.js';

const fact = (id: number, text = `fact ${id}`) => ({ id, text, slots: [] }) as unknown as Fact;
const scored = (f: Fact, score: number) => ({ fact: f, score });

describe('parts take their facts together', () => {
  it('gives a fact to the part it matches best, and the earlier part its runner-up', () => {
    const [neighbour, vet, key] = [fact(1), fact(2), fact(3)];
    // "what drops is she on" matches the neighbour's sentence a little better than the vet's; "who gave
    // them to her" matches only the neighbour's well.
    const picks = pickParts([
      [scored(neighbour, 4.6), scored(vet, 4.5)],
      [scored(neighbour, 8.6), scored(key, 3.6)],
    ]);
    expect(picks.map((p) => p?.fact.id)).toEqual([2, 1]);
  });

  it('keeps the question’s order on a tie and never gives one fact twice', () => {
    const [a, b] = [fact(1), fact(2)];
    expect(
      pickParts([
        [scored(a, 2), scored(b, 1)],
        [scored(a, 2), scored(b, 1)],
      ]).map((p) => p?.fact.id),
    ).toEqual([1, 2]);
    expect(pickParts([[scored(a, 2)], [scored(a, 2)]]).map((p) => p?.fact.id)).toEqual([1, undefined]);
  });
});

describe('a person named beside their relation to the user', () => {
  const withPerson = (text: string, name: string) => ({ text, slots: [{ type: 'PERSON', value: name }] }) as unknown as Fact;

  it('is told apart from a relation without a name and a name without a relation', () => {
    expect(namesSomeoneByRelation(withPerson('Tomasz, my old coworker, is quizzing me next week.', 'Tomasz'))).toBe(true);
    expect(namesSomeoneByRelation(withPerson('my brother Anselm is driving me to the station.', 'Anselm'))).toBe(true);
    expect(namesSomeoneByRelation(withPerson('my sister sent me a video of a goat.', 'sister'))).toBe(false);
    expect(namesSomeoneByRelation(withPerson('Honestly the weather is grim.', 'Honestly'))).toBe(false);
  });

  it('answers a "who…" part that shares no word with the sentence naming them', () => {
    const memory = story(
      'my interview at Quillmark Analytics is on March 3, for the data steward role.',
      'Tomasz, my old coworker, is quizzing me with mock questions next week.',
      'Honestly Marguerite from the gym sent me a video of a goat on a trampoline.',
      'the interview went well and I am moving on to a round with the Ledger team.',
    );
    const result = answerQuestion(
      memory,
      'Give me the full picture of my interview: the company, who helped me prepare, and which team I am meeting next.',
      '',
    );
    // The convergence set opens with each part's fact, in the question's order.
    const picks = (result.convergence ?? []).slice(0, 3).map((c) => c.text);
    expect(picks[0]).toContain('Quillmark Analytics');
    expect(picks[1]).toContain('Tomasz');
    expect(picks[2]).toContain('Ledger team');
  });
});

describe('a part asking for a place', () => {
  it('is not answered by a sentence that holds only its light verb ("where I went")', () => {
    const memory = story(
      'my GP, Dr Okafor, wants a specialist to look at the rash on my arm.',
      'the appointment for the rash is at the Harwood Skin Centre on May 20 at 10am.',
      'the specialist took a swab and the results take a fortnight.',
      'went for a long walk and got a coffee at Bramble Corner after.',
      'results are in: eczema, nothing worse.',
    );
    const result = answerQuestion(memory, 'Summarise the rash business - who referred me, where I went, and what the result was.', '');
    const picks = (result.convergence ?? []).slice(0, 3).map((c) => c.text);
    expect(picks[0]).toContain('Dr Okafor');
    expect(picks[1]).toContain('Harwood Skin Centre');
    expect(result.text).toContain('eczema');
  });
});

describe('a part that is a bare noun phrase', () => {
  it('is matched by its head noun, not by the words that narrow it ("the first big deadline")', () => {
    const memory = story(
      'work offered me a transfer to the Lisbon office, same company, on the billing team.',
      'first day at the Lisbon office, big windows and a terrible coffee machine.',
      'my manager says the billing migration deadline has moved up to March 9.',
    );
    const result = answerQuestion(memory, 'Sum up my transfer - which team I joined, and the first big deadline.', '');
    const picks = (result.convergence ?? []).slice(0, 2).map((c) => c.text);
    expect(picks[0]).toContain('billing team');
    expect(picks[1]).toContain('March 9');
  });
});

describe('what a part asks for', () => {
  it('asks for no value type when it asks how something is done, whatever nouns it names', () => {
    expect(partTypes('how does Nell get to school?')).toEqual([]);
    expect(partTypes('how did the hearing go')).toEqual([]);
    expect(partTypes('how much did the school charge')).toContain('MONEY');
    expect(partTypes('which school she goes to')).toContain('ORGANIZATION');
  });
});

describe('a situation asked as a whole', () => {
  it('answers how a reading changed with the first and the latest reading, the latest told without its name', () => {
    const memory = story(
      'the nurse took my blood pressure and it was 162/98, so I am starting tablets on Monday.',
      'the tablets are ramipril, 2.5mg every morning with breakfast.',
      'a bit dizzy the first few days but it passed.',
      'booked a follow-up with the practice nurse for the end of the month.',
      'picked up a home monitor from the chemist so I can keep an eye on it.',
      'the chemist was out of the big cuff so I got the standard one.',
      'follow-up done, she is pleased and says keep going.',
      'this morning was 128/82!!',
    );
    const text = answer(memory, 'How has my blood pressure changed since I started treatment?');
    expect(text).toContain('162/98');
    expect(text).toContain('128/82');
  });
});
