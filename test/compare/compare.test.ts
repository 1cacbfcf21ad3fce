import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/compare.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const stories = [{ id: 'a', canaries: [] }, { id: 'b', canaries: [] }];
const outcomes = (id: string, pattern: string, run = runRecord({ id })) =>
  storedRun(run, stories, [...pattern].map((c, i) => question(i % 2 ? 'b' : 'a', `q${i}`, 'final', c === '1' ? 'pass' : 'fail', '')));

describe('compare', () => {
  it('counts discordant pairs and runs the exact McNemar test', () => {
    // 9 pass only in A, 2 only in B, 5 in both.
    const a = outcomes('A', '1111111110011111');
    const b = outcomes('B', '0000000001111111');
    const c = compareRuns(a, b);
    expect(c).toMatchObject({ paired: 16, onlyA: 9, onlyB: 2 });
    expect(c.pValue).toBeCloseTo(0.0654, 4);
    expect(c.significantlyWorse).toBe(false);
    expect(c.newlyFailing.map((q) => q.questionId)).toHaveLength(9);
    expect(c.difference.estimate).toBeCloseTo(-7 / 16);
  });

  it('flags a significant regression and passes a run compared with itself', () => {
    const a = outcomes('A', '1'.repeat(20));
    const b = outcomes('B', '0'.repeat(20));
    expect(compareRuns(a, b).significantlyWorse).toBe(true);
    const same = compareRuns(a, a);
    expect(same).toMatchObject({ onlyA: 0, onlyB: 0, pValue: 1, significantlyWorse: false });
  });

  it('refuses runs over different corpora', () => {
    const a = outcomes('A', '11');
    const b = outcomes('B', '11', runRecord({ id: 'B', corpusHash: 'z'.repeat(64) }));
    expect(() => compareRuns(a, b)).toThrow(/different corpora/);
  });
});
