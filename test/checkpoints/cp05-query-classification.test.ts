import { describe, expect, it } from 'vitest';
import { queryClassification as cp } from '../../checkpoints/cp05-query-classification.js';
import { asked, checkpointInput, only, question, statuses, story, turn } from './fixtures.js';

describe('CP5 query classification', () => {
  const q = question('s1_q1', ['Austin'], { questionClass: 'situation' });
  const s = story([turn(1)], [q]);

  it('passes when the reported class names the annotated one, synonyms included', () => {
    const finding = only(cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { queryClass: 'Situation Summary' } })] })));
    expect(finding).toMatchObject({ status: 'pass', questionId: 's1_q1', item: 'question s1_q1' });
  });

  it('fails on another class and on a query error', () => {
    expect(only(cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { queryClass: 'factual' } })] }))).reason).toContain(
      'expected situation',
    );
    const errored = only(cp.evaluate(checkpointInput(s, { questions: [asked(q, { outcome: 'error', reason: 'connection refused' })] })));
    expect(errored.status).toBe('fail');
    expect(errored.reason).toContain('connection refused');
  });

  it('is not reported without a query class', () => {
    expect(statuses(cp.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { candidates: [] } })] })))).toEqual([
      'not-reported',
    ]);
  });

  it('is not applicable when no question has a class', () => {
    const plain = question('s1_q1', ['Austin']);
    expect(
      only(
        cp.evaluate(checkpointInput(story([turn(1)], [plain]), { questions: [asked(plain, { diagnostics: { queryClass: 'factual' } })] })),
      ).status,
    ).toBe('not-applicable');
  });
});
