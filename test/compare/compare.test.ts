import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/compare.js';
import { pairedBootstrapDifference } from '../../src/stats/bootstrap.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const stories = [
  { id: 'a', canaries: [] },
  { id: 'b', canaries: [] },
];
/** Fewer bootstrap resamples than the 10,000 default, where the interval is not what is tested. */
const fast = { resamples: 200 };
const outcomes = (id: string, pattern: string, run = runRecord({ id })) =>
  storedRun(
    run,
    stories,
    [...pattern].map((c, i) => question(i % 2 ? 'b' : 'a', `q${i}`, 'final', c === '1' ? 'pass' : 'fail', '')),
  );

describe('compare', () => {
  it('counts discordant pairs and runs the exact McNemar test', () => {
    // 9 pass only in A, 2 only in B, 5 in both.
    const a = outcomes('A', '1111111110011111');
    const b = outcomes('B', '0000000001111111');
    const c = compareRuns(a, b, fast);
    expect(c).toMatchObject({ paired: 16, onlyA: 9, onlyB: 2 });
    expect(c.pValue).toBeCloseTo(0.0654, 4);
    expect(c.significantlyWorse).toBe(false);
    expect(c.newlyFailing.map((q) => q.questionId)).toHaveLength(9);
    expect(c.difference.estimate).toBeCloseTo(-7 / 16);
  });

  it('flags a significant regression and passes a run compared with itself', () => {
    const a = outcomes('A', '1'.repeat(20));
    const b = outcomes('B', '0'.repeat(20));
    expect(compareRuns(a, b, fast).significantlyWorse).toBe(true);
    const same = compareRuns(a, a, fast);
    expect(same).toMatchObject({ onlyA: 0, onlyB: 0, pValue: 1, significantlyWorse: false });
  });

  it('refuses runs over different corpora', () => {
    const a = outcomes('A', '11');
    const b = outcomes('B', '11', runRecord({ id: 'B', corpusHash: 'z'.repeat(64) }));
    expect(() => compareRuns(a, b)).toThrow(/different corpora/);
  });
});

describe('compare: direction, pairing and the sides', () => {
  it('a significant improvement is not flagged as worse', () => {
    // 20 questions fail in A and pass in B: p = 2 · 0.5^20, far below alpha, but B is better.
    const c = compareRuns(outcomes('A', '0'.repeat(20)), outcomes('B', '1'.repeat(20)), fast);
    expect(c).toMatchObject({ onlyA: 0, onlyB: 20, significantlyWorse: false });
    expect(c.pValue).toBe(2 / 2 ** 20);
    expect(c.newlyPassing).toHaveLength(20);
    expect(c.newlyFailing).toEqual([]);
  });

  it('significance is p strictly below alpha, and alpha is configurable', () => {
    // 5 only in A, 0 only in B: p = 2 · 0.5^5 = 0.0625.
    const a = outcomes('A', '11111');
    const b = outcomes('B', '00000');
    expect(compareRuns(a, b, fast).pValue).toBe(0.0625);
    expect(compareRuns(a, b, fast)).toMatchObject({ alpha: 0.05, significantlyWorse: false });
    expect(compareRuns(a, b, { ...fast, alpha: 0.0625 }).significantlyWorse).toBe(false);
    expect(compareRuns(a, b, { ...fast, alpha: 0.07 })).toMatchObject({ alpha: 0.07, significantlyWorse: true });
  });

  it("reports each side's passes, totals and rate over its graded questions only", () => {
    const a = storedRun(runRecord({ id: 'A' }), stories, [
      question('a', 'q1', 'final', 'pass', ''),
      question('a', 'q2', 'mid', 'fail', ''),
      question('b', 'q3', 'final', 'pass', ''),
      question('a', 'q1', 'retention', 'fail', ''),
      question('b', 't1', 'trap', 'skip', ''),
      question('b', 'q5', 'final', 'pass', ''),
    ]);
    const b = storedRun(runRecord({ id: 'B' }), stories, [
      question('a', 'q1', 'final', 'fail', ''),
      question('a', 'q2', 'mid', 'pass', ''),
      question('b', 'q3', 'final', 'error', ''),
      question('b', 'q4', 'final', 'pass', ''),
      question('a', 'q1', 'retention', 'pass', ''),
      question('b', 't1', 'trap', 'skip', ''),
    ]);
    const c = compareRuns(a, b, fast);
    expect(c.a).toMatchObject({ passed: 3, total: 4, rate: 0.75 });
    expect(c.b).toMatchObject({ passed: 2, total: 4, rate: 0.5 });
    expect(c.a.run.id).toBe('A');
    expect(c.b.run.id).toBe('B');
    // Paired on (phase, question id): q1, q2, q3; retention and trap records are not graded, q4 is only
    // in B and q5 only in A.
    expect(c.questions).toEqual([
      { storyId: 'a', questionId: 'q1', phase: 'final', question: 'q q1', a: 'pass', b: 'fail' },
      { storyId: 'a', questionId: 'q2', phase: 'mid', question: 'q q2', a: 'fail', b: 'pass' },
      { storyId: 'b', questionId: 'q3', phase: 'final', question: 'q q3', a: 'pass', b: 'error' },
    ]);
    expect(c).toMatchObject({ paired: 3, onlyA: 2, onlyB: 1 });
    expect(c.newlyFailing.map((q) => q.questionId)).toEqual(['q1', 'q3']);
    expect(c.newlyPassing.map((q) => q.questionId)).toEqual(['q2']);
    // Story a: one −1 and one +1; story b: one −1 → estimate −1/3.
    expect(c.difference.estimate).toBeCloseTo(-1 / 3, 12);
  });

  it('a run with no graded question has rate 0, and the bootstrap options are passed through', () => {
    const empty = storedRun(runRecord({ id: 'E' }), stories, [question('a', 't1', 'trap', 'skip', '')]);
    const c = compareRuns(empty, empty, { resamples: 7, seed: 3 });
    expect(c.a).toMatchObject({ passed: 0, total: 0, rate: 0 });
    expect(c.difference).toEqual({ estimate: 0, low: -1, high: 1, resamples: 7, seed: 3 });
    const d = compareRuns(outcomes('A', '10'), outcomes('B', '01'));
    expect(d.difference).toMatchObject({ resamples: 10_000, seed: 1 });
    expect(d.difference.low).toBeLessThan(0);
    expect(d.difference.high).toBeGreaterThan(0);
  });

  it('names both runs and both corpus hashes when refusing', () => {
    const a = outcomes('A', '1');
    const b = outcomes('B', '1', runRecord({ id: 'B', corpusHash: 'z'.repeat(64) }));
    expect(() => compareRuns(a, b)).toThrow(`runs A and B were made on different corpora (${'h'.repeat(12)} vs ${'z'.repeat(12)})`);
  });
});

describe('compare: which pairs count', () => {
  it('pairs where both runs agree are neither newly failing nor newly passing', () => {
    const c = compareRuns(outcomes('A', '1010'), outcomes('B', '1001'), fast);
    expect(c).toMatchObject({ paired: 4, onlyA: 1, onlyB: 1 });
    expect(c.newlyFailing.map((q) => q.questionId)).toEqual(['q2']);
    expect(c.newlyPassing.map((q) => q.questionId)).toEqual(['q3']);
  });

  it('refuses with a coded error', () => {
    const b = outcomes('B', '1', runRecord({ id: 'B', corpusHash: 'z'.repeat(64) }));
    expect(() => compareRuns(outcomes('A', '1'), b)).toThrow(expect.objectContaining({ code: 'DIFFERENT_CORPORA' }));
  });

  it('resamples stories, not single questions: the interval is the per-story paired bootstrap', () => {
    // Story a holds q0, q2, q4 (A passes, B fails); story b holds q1, q3, q5 (both pass).
    const c = compareRuns(outcomes('A', '111111'), outcomes('B', '010101'), { resamples: 50, seed: 4 });
    const perStory = pairedBootstrapDifference(
      [
        [
          [true, false],
          [true, false],
          [true, false],
        ],
        [
          [true, true],
          [true, true],
          [true, true],
        ],
      ],
      { resamples: 50, seed: 4 },
    );
    expect(c.difference).toEqual(perStory);
    expect(c.difference.low).toBeLessThan(c.difference.high);
  });
});
