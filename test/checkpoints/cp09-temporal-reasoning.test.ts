import { describe, expect, it } from 'vitest';
import { resolvedMatches, temporalReasoning as cp } from '../../checkpoints/cp09-temporal-reasoning.js';
import { checkpointInput, ingested, only, statuses, story, turn } from './fixtures.js';

describe('CP9 temporal reasoning', () => {
  const t = turn(3, { temporal: [{ text: 'next Tuesday', resolved: '2025-03-11', relative: true, direction: 'future' }] });
  const run = (temporal: Array<{ text: string; resolved?: string; direction?: 'past' | 'present' | 'future' }> | undefined) =>
    only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { temporal })] })));

  it('passes when the expression is extracted and resolves to the same date', () => {
    expect(run([{ text: 'Next  Tuesday', resolved: '2025-03-11T09:00', direction: 'future' }])).toMatchObject({
      status: 'pass',
      batch: 3,
      item: 'batch 3: "next Tuesday"',
    });
    expect(run([{ text: 'tuesday', resolved: '2025-03-11' }]).status).toBe('pass');
  });

  it('fails on a wrong date, a wrong direction, an unresolved or a missing expression', () => {
    expect(run([{ text: 'next Tuesday', resolved: '2025-03-04' }]).reason).toContain('resolved to 2025-03-04, expected 2025-03-11');
    expect(run([{ text: 'next Tuesday', resolved: '2025-03-11', direction: 'past' }]).reason).toContain('direction past');
    expect(run([{ text: 'next Tuesday' }]).reason).toContain('not resolved');
    const missing = run([{ text: 'tomorrow', resolved: '2025-03-05' }]);
    expect(missing.status).toBe('fail');
    expect(missing.reason).toContain('"tomorrow"');
  });

  it('is not reported without temporal diagnostics', () => {
    expect(run(undefined).status).toBe('not-reported');
  });

  it('is not applicable without temporal annotations', () => {
    const plain = turn(1);
    expect(statuses(cp.evaluate(checkpointInput(story([plain]), { turns: [ingested(plain, { temporal: [] })] })))).toEqual([
      'not-applicable',
    ]);
  });

  it('compares date-times to the minute', () => {
    expect(resolvedMatches('2025-03-11T15:00', '2025-03-11 15:00:00')).toBe(true);
    expect(resolvedMatches('2025-03-11T15:00', '2025-03-11T16:00')).toBe(false);
  });
});
