import { describe, expect, it } from 'vitest';
import { structuralMatching as cp, TOP_K } from '../../checkpoints/cp06-structural-matching.js';
import { asked, checkpointInput, only, question, story, turn } from './fixtures.js';

const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `filler ${i}` }));

describe('CP6 structural matching', () => {
  const q = question('s1_q1', ['Kralingen', 'Taalhuis Noord'], { answerBatches: [2, 10] });
  const s = story([turn(1)], [q]);

  it(`passes when the top ${TOP_K} candidates hold every expected keyword, even split over two facts`, () => {
    const candidates = [{ text: 'flat in Kralingen' }, ...filler(2), { text: 'school: taalhuis  noord' }, ...filler(5)];
    expect(only(cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { candidates } })] }))).status).toBe('pass');
  });

  it('fails when a keyword ranks below the top k, saying where it was', () => {
    const candidates = [{ text: 'flat in Kralingen' }, ...filler(TOP_K), { text: 'Taalhuis Noord' }];
    const finding = only(cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { candidates } })] })));
    expect(finding.status).toBe('fail');
    expect(finding.reason).toContain(`"Taalhuis Noord" only at rank ${TOP_K + 2}`);
    expect(finding.reason).toContain('batches 2, 10');
  });

  it('fails on an empty candidate list', () => {
    expect(only(cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { candidates: [] } })] }))).status).toBe('fail');
  });

  it('is not reported without candidates', () => {
    expect(only(cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { queryClass: 'situation' } })] }))).status).toBe('not-reported');
  });

  it('is not applicable when no question has expected keywords', () => {
    const bare = question('s1_q1', []);
    expect(only(cp.evaluate(checkpointInput(story([turn(1)], [bare]), { questions: [asked(bare, { diagnostics: { candidates: [] } })] }))).status).toBe('not-applicable');
  });
});
