// A told clipping ("the tech") meets the long word a question asks with ("the technician"), only
// when WordNet knows the short word as a clipping of that word's family.
import { describe, expect, it } from 'vitest';
import { liveEngine } from './live-engine.js';
import { clippedTerms, isClippingOf } from '../../../adapters/reference/clippings.js';

const { fresh, tell, ask } = liveEngine('clippings');

describe('clippings', () => {
  it('knows a short word WordNet files only as a clipping of the asked word family', () => {
    expect(isClippingOf('tech', 'technician')).toBe(true);
    expect(isClippingOf('lab', 'laboratory')).toBe(true);
    expect(isClippingOf('exam', 'examination')).toBe(true);
    // Common words of their own, not clippings.
    expect(isClippingOf('part', 'partner')).toBe(false);
    expect(isClippingOf('pass', 'passenger')).toBe(false);
    expect(isClippingOf('card', 'cardiologist')).toBe(false);
    // "ten" is also "tenner", but that is not the family of "tenants".
    expect(isClippingOf('ten', 'tenants')).toBe(false);
  });

  it('offers a clipping only when memory holds it, and never an inflection or the first word of a compound', () => {
    const all = () => true;
    expect(clippedTerms("What was the install technician's name?", all)).toEqual(['tech']);
    expect(clippedTerms("What was the install technician's name?", () => false)).toEqual([]);
    expect(clippedTerms('When is the wedding?', all)).toEqual([]);
    expect(clippedTerms('How much homework is left?', all)).toEqual([]);
    expect(clippedTerms('Who is my partner?', all)).toEqual([]);
  });

  it('answers a question about the technician from what was told of "the tech"', async () => {
    await fresh();
    await tell('switched our broadband to Larchfield Fibre, install is Monday between 8 and 12.', '2025-03-02T19:00');
    await tell('install day. the tech never came, waited all morning.', '2025-03-10T13:00');
    await tell('they came today, the tech, Oyelaran, was brilliant and fixed the wiring too.', '2025-03-12T18:00');
    const answer = await ask("What was the install technician's name?");
    expect(answer.split('\n')[0]).toContain('Oyelaran');
  });
});
