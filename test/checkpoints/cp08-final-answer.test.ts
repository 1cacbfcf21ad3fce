import { describe, expect, it } from 'vitest';
import { finalAnswer as cp } from '../../checkpoints/cp08-final-answer.js';
import { asked, checkpointInput, only, question, statuses, story, turn } from './fixtures.js';

describe('CP8 final answer', () => {
  const mid = question('s1_b2', ['Burrow Hire'], { phase: 'mid', atTurn: 1 });
  const final = question('s1_q1', ['Harrogate']);
  const s = { ...story([turn(1), { ...turn(2), midQuestion: mid }], [final]) };

  it('passes and fails from the graded outcome, mid-trajectory questions first', () => {
    const findings = cp.evaluate(
      checkpointInput(s, { questions: [asked(mid), asked(final, { outcome: 'fail', reason: 'missing: Harrogate' })] }),
    );
    expect(findings.map((f) => [f.questionId, f.status])).toEqual([
      ['s1_b2', 'pass'],
      ['s1_q1', 'fail'],
    ]);
    expect(findings[1].reason).toContain('missing: Harrogate');
  });

  it('fails an adapter error with its message, and a question never asked', () => {
    const findings = cp.evaluate(
      checkpointInput(s, { questions: [asked(mid, { outcome: 'error', reason: 'query timed out after 5000 ms' })] }),
    );
    expect(statuses(findings)).toEqual(['fail', 'fail']);
    expect(findings[0].reason).toContain('timed out');
    expect(findings[1].reason).toContain('never asked');
  });

  it('is not reported when a graded question was skipped', () => {
    expect(
      only(
        cp.evaluate(checkpointInput(story([turn(1)], [final]), { questions: [asked(final, { outcome: 'skip', reason: 'not graded' })] })),
      ).status,
    ).toBe('not-reported');
  });

  it('is not applicable to a story without questions', () => {
    expect(only(cp.evaluate(checkpointInput(story([turn(1)])))).status).toBe('not-applicable');
  });
});
