// A question's noun meets the verb the story told it with, and the other way round ("the
// decision" / "we decided", "his treatment" / "they treat it"), through WordNet's derivational
// pointers, at a synonym's weight (derived-forms.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { derivedStems, derivedTerms } from '../../../adapters/reference/derived-forms.js';
import { answer, story } from './engine-memory.js';

describe('derived forms', () => {
  it('links a noun to its verb and a verb to its noun', () => {
    expect(derivedStems('decision')).toContain('decid');
    expect(derivedStems('decided')).toContain('decision');
    expect(derivedStems('injuries')).toContain('injur');
    // "wed" is too short to match safely ("Mon/Wed/Fri"): its synset's head word stands in.
    expect(derivedStems('wedding')).toEqual(['marry']);
  });

  it('reads only lower-case words of the question, and only terms memory holds', () => {
    const held = (term: string) => term === 'decid';
    expect(derivedTerms('What was the decision?', held)).toEqual(['decid']);
    expect(derivedTerms('What did Decision Labs say?', held)).toEqual([]);
    expect(derivedTerms('What was the decision?', () => false)).toEqual([]);
  });

  it('answers a question worded with the noun from the sentence told with the verb', () => {
    const memory = story(
      'the landlord wants an answer about the flat on Elm Road by Friday, renew for two years or leave.',
      'we looked at a flat near the river on Saturday, nice light but tiny kitchen and the rent is silly.',
      'the agent for the river flat keeps calling, I wish she would stop.',
      'talked it through over dinner and we decided to stay in the Elm Road flat for two more years.',
      'the flat above us has a new tenant, a guy with a very loud dog.',
    );
    expect(answer(memory, 'What was our decision about the flat?').split('\n')[0]).toContain('decided to stay');
  });
});
