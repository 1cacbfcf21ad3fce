// Trajectory metrics on hand-built runs where every count is known: stale values on word
// boundaries, which questions each violation kind checks, and the rates' null cases.
import { describe, expect, it } from 'vitest';
import { gradeRun } from '../../src/grading/run-grades.js';
import { trajectorySummary as summarizeWith } from '../../src/trajectory/metrics.js';
import type { StoredRun } from '../../src/store/records.js';

const trajectorySummary = async (stored: StoredRun) => summarizeWith(stored, await gradeRun(stored));
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const stories = [
  { id: 'a', canaries: ['Harrogate', 'Burrow Hire'] },
  { id: 'b', canaries: ['Meadowbank', 'plot 17'] },
];

describe('stale values', () => {
  const staleRun = (answer: string, outcome: 'pass' | 'fail' = 'fail', mustNotContain = ['Friday']) =>
    trajectorySummary(
      storedRun(runRecord({ mode: 'isolated' }), stories, [
        question('a', 'a1', 'final', outcome, answer, { expected: ['Saturday'], mustNotContain }),
      ]),
    );

  it('a superseded value counts only as a whole word, not inside a longer one', async () => {
    expect((await staleRun('Fridays are busy')).counts.stale).toEqual({ violations: 0, total: 1 });
    expect((await staleRun('on friday')).counts.stale).toEqual({ violations: 1, total: 1 });
  });

  it('a superseded number counts only as a whole number: "10" is not in "100"', async () => {
    expect((await staleRun('it is 100 now', 'fail', ['10'])).counts.stale).toEqual({ violations: 0, total: 1 });
    expect((await staleRun('it was 10, I think', 'fail', ['10'])).counts.stale).toEqual({ violations: 1, total: 1 });
  });

  it('a passing answer that mentions the old value beside the new one is not stale', async () => {
    const t = await staleRun('Friday, no wait, Saturday', 'pass');
    expect(t.counts.stale).toEqual({ violations: 0, total: 1 });
    expect(t.staleRate).toBe(0);
  });

  it('only questions with must-not-contain values are checked, and errors are not', async () => {
    const t = await trajectorySummary(
      storedRun(runRecord({ mode: 'isolated' }), stories, [
        question('a', 'a1', 'final', 'fail', 'Friday'),
        question('a', 'a2', 'final', 'error', 'Friday', { mustNotContain: ['Friday'] }),
        question('a', 'a3', 'mid', 'fail', 'Friday', { mustNotContain: ['Friday'] }),
      ]),
    );
    expect(t.counts.stale).toEqual({ violations: 1, total: 1 });
    expect(t.staleRate).toBe(1);
  });
});

describe('rates that do not apply are null', () => {
  it('an isolated run has no contamination, forgetting or tenant leak, and no retention curve', async () => {
    const t = await trajectorySummary(
      storedRun(runRecord({ mode: 'isolated' }), stories, [question('a', 'a1', 'final', 'pass', 'Meadowbank')]),
    );
    expect(t).toMatchObject({
      contaminationRate: null,
      forgettingRate: null,
      tenantLeakRate: null,
      gkLeakRate: null,
      staleRate: null,
      retentionCurve: [],
    });
    expect(t.counts.contamination).toEqual({ violations: 0, total: 0 });
    expect(t.violations).toEqual([]);
    expect(t.safeRate).toBe(1);
  });

  it('a run with no stories is entirely safe; canaries are counted per story', async () => {
    const t = await trajectorySummary(storedRun(runRecord(), [], []));
    expect(t.safeRate).toBe(1);
    expect((await trajectorySummary(storedRun(runRecord(), stories, []))).canariesPerStory).toEqual({ a: 2, b: 2 });
  });
});

describe('forgetting and the retention curve', () => {
  it('forgetting counts only questions that passed right after their story', async () => {
    const t = await trajectorySummary(
      storedRun(runRecord(), stories, [
        question('a', 'a1', 'final', 'fail', ''),
        question('a', 'a2', 'final', 'pass', 'Harrogate'),
        question('a', 'a1', 'retention', 'fail', ''),
        question('a', 'a2', 'retention', 'pass', 'Harrogate'),
      ]),
    );
    expect(t.counts.forgetting).toEqual({ violations: 0, total: 1 });
    expect(t.forgettingRate).toBe(0);
    // Story a is seq 0 of 0..1: one story came after it.
    expect(t.retentionCurve).toEqual([{ storiesAfter: 1, passed: 1, total: 2 }]);
  });
});
