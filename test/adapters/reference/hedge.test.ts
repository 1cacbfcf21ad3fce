// The other reading of an ambiguous question fits in the same token budget as the answer.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../adapters/reference/fact.js';
import { withOtherReading } from '../../../adapters/reference/hedge.js';

const fact = (id: number, text: string) => ({ id, text }) as Fact;

describe('withOtherReading', () => {
  it('keeps the chosen answer first and cuts its tail to leave room for the other fact', () => {
    const long = 'the garage said the timing belt is worn and the water pump is starting to fail as well, '.repeat(3);
    const answer = [fact(1, 'the Volvo is at Copperfield Garage.'), fact(2, long), fact(3, long)];
    const other = fact(9, 'the Kia is at Brightwater Auto Repair.');
    const hedged = withOtherReading(answer, [other]);
    expect(hedged[0]).toBe(answer[0]);
    expect(hedged.at(-1)).toBe(other);
    expect(encode(hedged.map((f) => `${f.text}\n`).join('')).length).toBeLessThanOrEqual(120);
  });

  it('changes nothing when the other reading is already in the answer', () => {
    const answer = [fact(1, 'a'), fact(2, 'b')];
    expect(withOtherReading(answer, [answer[1]!])).toEqual(answer);
  });
});
