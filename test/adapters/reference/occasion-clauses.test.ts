// "What did Ingrid lend me when the power went out?": the "when" clause says on what occasion, not
// what is asked, and a verb of handing over asks for a thing.
import { describe, expect, it } from 'vitest';
import { liveEngine } from './live-engine.js';
import { occasionTerms } from '../../../adapters/reference/asides.js';
import { expectedTypes } from '../../../adapters/reference/classify-question.js';

const { fresh, tell, ask } = liveEngine('occasion');

describe('occasion clauses', () => {
  it('takes the words of a "when" clause after another question word as its occasion', () => {
    expect(occasionTerms('What did Ingrid lend me when the power went out?')).toEqual(expect.arrayContaining(['power']));
    expect(occasionTerms('What did Ingrid lend me when the power went out?')).not.toContain('lend');
    expect(occasionTerms('When did the power go out?')).toEqual([]);
    // The question proper names too little: the occasion is what it asks about.
    expect(occasionTerms('How did I feel when I applied?')).toEqual([]);
    // A clause naming someone says which story it is, not only when.
    expect(occasionTerms('Which moving company did I hire when Odile was my landlord?')).toEqual([]);
  });

  it('asks for a thing after a verb of handing over', () => {
    expect(expectedTypes('What did Ingrid lend me?', 'factual')).toContain('OBJECT');
    expect(expectedTypes('what has my sister given me for the flat?', 'factual')).toContain('OBJECT');
    expect(expectedTypes('What did Ingrid say?', 'factual')).not.toContain('OBJECT');
  });

  it('ranks what someone lent above what the occasion clause alone matches', async () => {
    await fresh();
    await tell(
      'the power went out again last night, third time this winter. the power company says the whole street is out.',
      '2025-01-08T08:00',
    );
    await tell('my neighbour Ingrid came round with a camping lantern, what a star. she works nights at the depot.', '2025-01-08T20:00');
    await tell(
      'power is back but the power company wants to replace the cable on Friday, so the power goes off again 9 to 5.',
      '2025-01-10T18:00',
    );
    const answer = await ask('What did Ingrid lend me when the power went out?');
    const lines = answer.split('\n');
    const lantern = lines.findIndex((l) => l.includes('camping lantern'));
    expect(lantern).toBeGreaterThanOrEqual(0);
    expect(lantern).toBeLessThan(lines.findIndex((l) => l.startsWith('the power went out')));
  });
});
