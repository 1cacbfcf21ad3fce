import { describe, expect, it } from 'vitest';
import { predictiveIndexing as cp } from '../../checkpoints/cp03-predictive-indexing.js';
import { checkpointInput, ingested, only, story, turn } from './fixtures.js';

describe('CP3 predictive indexing', () => {
  const t = turn(1, { expectedStores: ['Google', 'Wednesday'] });

  it('passes when every stored fact of the batch has a predicted query', () => {
    const facts = [
      { text: 'interview at Google', predictedQueries: ['Where is my interview?'] },
      { text: 'on Wednesday', predictedQueries: ['When is it?', 'What day?'] },
    ];
    expect(only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { facts })] }))).status).toBe('pass');
  });

  it('fails when a stored fact has no predicted query, naming it', () => {
    const facts = [
      { text: 'interview at Google', predictedQueries: ['Where is my interview?'] },
      { text: 'on Wednesday', predictedQueries: ['  '] },
    ];
    const finding = only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { facts })] })));
    expect(finding.status).toBe('fail');
    expect(finding.reason).toContain('"on Wednesday"');
  });

  it('is not reported when the batch reported no facts, or no fact anywhere carries predictions', () => {
    expect(only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { inputClass: 'statement' })] }))).status).toBe(
      'not-reported',
    );
    const bare = only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { facts: [{ text: 'Google' }] })] })));
    expect(bare.status).toBe('not-reported');
    expect(bare.reason).toContain('predictedQueries');
  });

  it('is not applicable when no batch expects a stored value', () => {
    const quiet = turn(1);
    expect(only(cp.evaluate(checkpointInput(story([quiet]), { turns: [ingested(quiet, { facts: [] })] }))).status).toBe('not-applicable');
  });
});
