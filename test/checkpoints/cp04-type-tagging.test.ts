import { describe, expect, it } from 'vitest';
import { typeTagging as cp, typeMatches } from '../../checkpoints/cp04-type-tagging.js';
import { checkpointInput, ingested, only, statuses, story, turn } from './fixtures.js';

describe('CP4 type tagging', () => {
  const t = turn(1, { expectedStores: ['Austin', 'March 3'], storeTypes: { Austin: 'PLACE', 'March 3': 'DATE' } });

  it('passes when the fact holding the value carries the type (case-insensitive, with synonyms)', () => {
    const facts = [
      { text: 'moving to Austin', types: ['location'] },
      { text: 'on March 3', types: ['TIME'] },
    ];
    expect(statuses(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { facts })] })))).toEqual(['pass', 'pass']);
  });

  it('fails on a wrong type and on a value no fact holds', () => {
    const facts = [{ text: 'moving to Austin', types: ['PERSON'] }];
    const findings = cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { facts })] }));
    expect(statuses(findings)).toEqual(['fail', 'fail']);
    expect(findings[0].reason).toContain('"PERSON"');
    expect(findings[1].reason).toContain('no fact');
  });

  it('is not reported when facts carry no types', () => {
    const findings = cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { facts: [{ text: 'Austin on March 3' }] })] }));
    expect(statuses(findings)).toEqual(['not-reported', 'not-reported']);
  });

  it('is not applicable without store_types', () => {
    const plain = turn(1, { expectedStores: ['Austin'] });
    expect(
      only(cp.evaluate(checkpointInput(story([plain]), { turns: [ingested(plain, { facts: [{ text: 'Austin', types: ['PLACE'] }] })] })))
        .status,
    ).toBe('not-applicable');
  });

  it('reads OTHER as any label outside the known types', () => {
    expect(typeMatches('OTHER', 'ANIMAL')).toBe(true);
    expect(typeMatches('OTHER', 'PERSON')).toBe(false);
    expect(typeMatches('ORGANIZATION', 'org')).toBe(true);
  });
});
