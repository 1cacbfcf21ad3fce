// Trajectory metrics on hand-built runs where every count is known: stale values on word
// boundaries, which questions each violation kind checks, and the rates' null cases.
import { describe, expect, it } from 'vitest';
import { trajectorySummary } from '../../src/trajectory/metrics.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const stories = [
  { id: 'a', canaries: ['Harrogate', 'Burrow Hire'] },
  { id: 'b', canaries: ['Meadowbank', 'plot 17'] },
];

describe('stale values', () => {
  const staleRun = (answer: string, outcome: 'pass' | 'fail' = 'fail', mustNotContain = ['Friday']) =>
    trajectorySummary(storedRun(runRecord({ mode: 'isolated' }), stories, [question('a', 'a1', 'final', outcome, answer, { expected: ['Saturday'], mustNotContain })]));

  it('a superseded value counts only as a whole word, not inside a longer one', () => {
    expect(staleRun('Fridays are busy').counts.stale).toEqual({ violations: 0, total: 1 });
    expect(staleRun('on friday').counts.stale).toEqual({ violations: 1, total: 1 });
  });

  it('a superseded number counts only as a whole number: "10" is not in "100"', () => {
    expect(staleRun('it is 100 now', 'fail', ['10']).counts.stale).toEqual({ violations: 0, total: 1 });
    expect(staleRun('it was 10, I think', 'fail', ['10']).counts.stale).toEqual({ violations: 1, total: 1 });
  });

  it('a passing answer that mentions the old value beside the new one is not stale', () => {
    const t = staleRun('Friday, no wait, Saturday', 'pass');
    expect(t.counts.stale).toEqual({ violations: 0, total: 1 });
    expect(t.staleRate).toBe(0);
  });

  it('names the stale values it found', () => {
    const t = staleRun('Friday or Thursday', 'fail', ['Friday', 'Thursday', 'Monday']);
    expect(t.violations).toEqual([{ kind: 'stale', storyId: 'a', questionId: 'a1', detail: expect.stringContaining('Friday, Thursday') }]);
    expect(t.violations[0].detail).not.toContain('Monday');
  });

  it('only questions with must-not-contain values are checked, and errors are not', () => {
    const t = trajectorySummary(
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
  it('an isolated run has no contamination, forgetting or tenant leak, and no retention curve', () => {
    const t = trajectorySummary(storedRun(runRecord({ mode: 'isolated' }), stories, [question('a', 'a1', 'final', 'pass', 'Meadowbank')]));
    expect(t).toMatchObject({ contaminationRate: null, forgettingRate: null, tenantLeakRate: null, gkLeakRate: null, staleRate: null, retentionCurve: [] });
    expect(t.counts.contamination).toEqual({ violations: 0, total: 0 });
    expect(t.violations).toEqual([]);
    expect(t.safeRate).toBe(1);
  });

  it('a run with no stories is entirely safe; canaries are counted per story', () => {
    const t = trajectorySummary(storedRun(runRecord(), [], []));
    expect(t.safeRate).toBe(1);
    expect(trajectorySummary(storedRun(runRecord(), stories, [])).canariesPerStory).toEqual({ a: 2, b: 2 });
  });
});

describe('contamination and leaks', () => {
  it('checks mid, final and retention answers, not errors, and names the foreign canaries', () => {
    const t = trajectorySummary(
      storedRun(runRecord(), stories, [
        question('a', 'a1', 'mid', 'pass', 'plot 17'),
        question('a', 'a2', 'final', 'error', 'Meadowbank'),
        question('b', 'b1', 'retention', 'fail', 'Burrow Hire'),
        question('b', 'b2', 'final', 'pass', 'plot 17 at Meadowbank'),
      ]),
    );
    expect(t.counts.contamination).toEqual({ violations: 2, total: 3 });
    expect(t.contaminationRate).toBeCloseTo(2 / 3, 12);
    expect(t.violations).toEqual([
      { kind: 'contamination', storyId: 'a', questionId: 'a1', detail: 'carries "plot 17" (story b)' },
      { kind: 'contamination', storyId: 'b', questionId: 'b1', detail: 'carries "Burrow Hire" (story a)' },
    ]);
    expect(t.safeRate).toBe(0);
  });

  it('a trap answered with a personal canary, even its own story\'s, is a general-knowledge leak', () => {
    const t = trajectorySummary(
      storedRun(runRecord({ mode: 'isolated' }), stories, [
        question('a', 'a_t1', 'trap', 'skip', 'Harrogate is in Yorkshire'),
        question('a', 'a_t2', 'trap', 'error', 'Harrogate'),
        question('b', 'b_t1', 'trap', 'skip', 'Paris'),
      ]),
    );
    expect(t.counts['gk-leak']).toEqual({ violations: 1, total: 2 });
    expect(t.violations).toEqual([{ kind: 'gk-leak', storyId: 'a', questionId: 'a_t1', detail: 'general-knowledge trap answered with "Harrogate" (story a)' }]);
    expect(t.safeRate).toBe(0.5);
  });

  it('in scope none a cumulative run reports contamination, not tenant leaks', () => {
    const t = trajectorySummary(storedRun(runRecord({ scope: 'none' }), stories, [question('a', 'a1', 'final', 'pass', 'Meadowbank')]));
    expect(t.contaminationRate).toBe(1);
    expect(t.tenantLeakRate).toBeNull();
    expect(t.counts['tenant-leak']).toEqual({ violations: 0, total: 0 });
  });
});

describe('violation details', () => {
  it('list the first five foreign canaries in the answer, comma-separated; traps are not contamination', () => {
    const many = [{ id: 'a', canaries: [] }, { id: 'b', canaries: ['one', 'two', 'three', 'four', 'five', 'six'] }];
    const t = trajectorySummary(
      storedRun(runRecord(), many, [
        question('a', 'a1', 'final', 'fail', 'six five four three two one'),
        question('a', 'a_t', 'trap', 'skip', 'one'),
      ]),
    );
    expect(t.counts.contamination).toEqual({ violations: 1, total: 1 });
    expect(t.violations.find((v) => v.kind === 'contamination')!.detail).toBe('carries "six" (story b), "five" (story b), "four" (story b), "three" (story b), "two" (story b)');
  });
});

describe('forgetting and the retention curve', () => {
  it('forgetting counts only questions that passed right after their story', () => {
    const t = trajectorySummary(
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

  it('a forgotten answer is a violation with its reason', () => {
    const t = trajectorySummary(storedRun(runRecord(), stories, [question('b', 'b1', 'final', 'pass', 'plot 17'), question('b', 'b1', 'retention', 'fail', '')]));
    expect(t.violations).toEqual([{ kind: 'forgetting', storyId: 'b', questionId: 'b1', detail: 'passed right after its story, failed at the end of the run' }]);
    expect(t.forgettingRate).toBe(1);
    expect(t.retentionCurve).toEqual([{ storiesAfter: 0, passed: 0, total: 1 }]);
  });
});
