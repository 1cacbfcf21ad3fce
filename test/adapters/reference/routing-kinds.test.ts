// A question asks with the kind where the user told the instance ("which tooth?" after "a cracked
// molar"): routing credits a narrative that told something of the kind asked, as for a synonym.
import { describe, expect, it } from 'vitest';
import { Memory } from '../../../adapters/reference/memory.js';
import { routeNarrative } from '../../../adapters/reference/route.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { kindTerms } from '../../../adapters/reference/word-kinds.js';
import { engineMemory } from './engine-memory.js';

describe('routing by the kinds a narrative told', () => {
  it('remembers the kinds of what each narrative told, and keeps them when a resumed narrative joins it', () => {
    const { memory, tell } = engineMemory();
    const dentist = tell('Dr. Okafor at Riverside found a cracked molar.', '2024-05-01T09:00');
    // Forty days on, nothing named in common: maybe another story, maybe this one resumed.
    const later = tell('the swelling in my gum is back, so annoying.', '2024-06-10T09:00');
    expect(later).not.toBe(dentist);
    expect(memory.narratives[later - 1].kinds.size).toBeGreaterThan(0);
    const laterKinds = [...memory.narratives[later - 1].kinds];
    expect(tell('Riverside fitted the crown today.', '2024-06-12T09:00')).toBe(dentist);
    const kinds = memory.narratives[dentist - 1].kinds;
    expect(kinds.has('tooth')).toBe(true);
    expect(memory.narratives[dentist - 1].terms.has('tooth')).toBe(false);
    expect(laterKinds.every((k) => kinds.has(k))).toBe(true);
    expect(memory.narratives[later - 1].kinds.size).toBe(0);
  });

  it('takes a question worded with the kind to the narrative that told the instance, over the one the conversation is on', () => {
    const memory = new Memory();
    const plumbing = memory.openNarrative('');
    for (const t of termsOf('the plumber fixed the dripping kitchen tap on Friday.')) memory.addNarrativeTerm(plumbing, t);
    const dentist = memory.openNarrative('');
    const told = 'the dentist found a cracked molar.';
    const terms = termsOf(told);
    for (const t of terms) memory.addNarrativeTerm(dentist, t);
    for (const k of kindTerms(told, terms)) dentist.kinds.add(k);
    // The conversation is on the plumbing narrative, and nothing else of the question is held anywhere.
    memory.focusOn('', plumbing.id);
    const noMatch = { facts: 0, utterance: 0 };
    const matches = new Map([
      [plumbing.id, noMatch],
      [dentist.id, noMatch],
    ]);
    expect(routeNarrative(memory, '', termsOf('Which tooth is it?'), matches).narrative).toBe(dentist.id);
  });
});
