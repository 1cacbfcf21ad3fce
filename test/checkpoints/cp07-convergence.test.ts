import { describe, expect, it } from 'vitest';
import { convergence as cp } from '../../checkpoints/cp07-convergence.js';
import { asked, checkpointInput, only, question, statuses, story, turn } from './fixtures.js';

describe('CP7 convergence', () => {
  const q = question('s1_q2', ['Kralingen', 'Taalhuis Noord'], { questionClass: 'situation', answerBatches: [2, 10] });
  const s = story([turn(1)], [q]);
  const ask = (convergence: Array<{ text: string }> | undefined, candidates = [{ text: 'Kralingen Taalhuis Noord' }]) =>
    cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { convergence, candidates } })] }));

  it('passes when two or more traces together hold every keyword', () => {
    expect(only(ask([{ text: 'flat in Kralingen' }, { text: 'Dutch at Taalhuis Noord' }, { text: 'noise' }])).status).toBe('pass');
  });

  it('fails on a single trace, and on a set that misses a keyword', () => {
    const single = only(ask([{ text: 'Kralingen and Taalhuis Noord' }]));
    expect(single.status).toBe('fail');
    expect(single.reason).toContain('needs at least 2');
    const partial = only(ask([{ text: 'Kralingen' }, { text: 'the bakery' }]));
    expect(partial.status).toBe('fail');
    expect(partial.reason).toContain('"Taalhuis Noord"');
  });

  it('is not reported without a convergence set, even when candidates are given', () => {
    expect(only(ask(undefined)).status).toBe('not-reported');
  });

  it('is not applicable without a situation question over 2+ batches', () => {
    const oneBatch = question('s1_q3', ['Kralingen'], { questionClass: 'situation', answerBatches: [2] });
    const factual = question('s1_q4', ['Kralingen'], { questionClass: 'factual', answerBatches: [2, 3] });
    const findings = cp.evaluate(checkpointInput(story([turn(1)], [oneBatch, factual]), { questions: [asked(oneBatch), asked(factual)] }));
    expect(statuses(findings)).toEqual(['not-applicable']);
  });
});
