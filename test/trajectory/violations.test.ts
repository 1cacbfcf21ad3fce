// The violation records a reader sees (kind, detail, excerpt, canary) on one hand-built run, and
// which kinds each mode and scope checks. Every expected string is written out by hand.
import { describe, expect, it } from 'vitest';
import { gradeRun } from '../../src/grading/run-grades.js';
import { SimilarQuestionAnswers } from '../../src/trajectory/similar-answers.js';
import { trajectorySummary } from '../../src/trajectory/metrics.js';
import type { RunRecord } from '../../src/store/records.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const stories = [
  { id: 'a', canaries: ['Harrogate', 'Burrow Hire'] },
  { id: 'b', canaries: ['Meadowbank', 'plot 17'] },
  { id: 'c', canaries: ['Tamsin'] },
];
const WHERE = 'Where are we moving to?';
const FILLER = 'and then we talked about the weather for quite a while '.repeat(3);

function run(overrides: Partial<RunRecord>) {
  return storedRun(runRecord({ grading: 'strict', budget: 128, ...overrides }), stories, [
    // Another story's answer to the same question, where the right one is missing.
    question('a', 'a1', 'final', 'fail', 'We are moving to Meadowbank.', { question: WHERE, expected: ['Harrogate'] }),
    question('b', 'b1', 'final', 'pass', 'Meadowbank', { question: WHERE, expected: ['Meadowbank'] }),
    // Another story's answer ranked above the right one.
    question('a', 'a2', 'mid', 'pass', 'Meadowbank? No, Harrogate.', { question: 'Where are we moving?', expected: ['Harrogate'] }),
    // A foreign canary that answers nothing like the question: raw contamination only.
    question('c', 'c1', 'final', 'pass', `Tamsin brought cake. ${FILLER}Burrow Hire`, {
      question: 'Who brought cake?',
      expected: ['Tamsin'],
    }),
    question('a', 'a3', 'final', 'fail', 'on Friday', { question: 'When is the van?', expected: ['Saturday'], mustNotContain: ['Friday'] }),
    question('b', 'b2', 'trap', 'pass', 'Water boils at 100C; your plot 17 is near.', { question: 'boiling point?', expected: [] }),
    question('a', 'a1', 'retention', 'fail', 'Burrow Hire', { question: WHERE, expected: ['Harrogate'] }),
    question('b', 'b1', 'retention', 'fail', 'no idea', { question: WHERE, expected: ['Meadowbank'] }),
    question('c', 'c1', 'retention', 'pass', 'Tamsin', { question: 'Who brought cake?', expected: ['Tamsin'] }),
  ]);
}

const summarize = async (overrides: Partial<RunRecord>) => {
  const stored = run(overrides);
  return trajectorySummary(stored, await gradeRun(stored));
};

describe('violation records', () => {
  it('cumulative, scope none: contamination, leak, stale value and forgetting, each with its detail and excerpt', async () => {
    const t = await summarize({ mode: 'cumulative', scope: 'none' });
    expect(
      t.violations.map(({ kind, questionId, phase, detail, excerpt, canary, canaryStory }) => ({
        kind,
        questionId,
        phase,
        detail,
        excerpt,
        canary,
        canaryStory,
      })),
    ).toEqual([
      {
        kind: 'contamination',
        questionId: 'a1',
        phase: 'final',
        detail: 'right answer missing within 128 tokens; carries "Meadowbank" of story b',
        excerpt: 'We are moving to Meadowbank.',
        canary: 'Meadowbank',
        canaryStory: 'b',
      },
      {
        kind: 'contamination',
        questionId: 'a2',
        phase: 'mid',
        detail: '"Meadowbank" of story b stands before the right answer',
        excerpt: 'Meadowbank? No, Harrogate.',
        canary: 'Meadowbank',
        canaryStory: 'b',
      },
      {
        kind: 'gk-leak',
        questionId: 'b2',
        phase: 'trap',
        detail: 'general-knowledge trap answered with "plot 17" of story b',
        excerpt: 'Water boils at 100C; your plot 17 is near.',
        canary: 'plot 17',
        canaryStory: 'b',
      },
      {
        kind: 'stale',
        questionId: 'a3',
        phase: 'final',
        detail: 'carries superseded Friday and not the current value within 128 tokens',
        excerpt: 'on Friday',
        canary: undefined,
        canaryStory: undefined,
      },
      {
        kind: 'forgetting',
        questionId: 'b1',
        phase: 'retention',
        detail: 'passed right after its story, failed at the end of the run (within 128 tokens)',
        excerpt: 'no idea',
        canary: undefined,
        canaryStory: undefined,
      },
    ]);
    // c1 carries story a's "Burrow Hire", but as the answer to nothing like "Who brought cake?".
    expect(t.counts.contamination).toEqual({ violations: 2, total: 8 });
    expect(t.counts['raw-contamination']).toEqual({ violations: 3, total: 8 });
    expect(t.contaminationRate).toBeCloseTo(2 / 8);
    expect(t.rawContaminationRate).toBeCloseTo(3 / 8);
    expect(t.counts['tenant-leak']).toEqual({ violations: 0, total: 0 });
    expect(t.tenantLeakRate).toBeNull();
    expect(t.forgettingRate).toBe(1 / 2);
    expect(t.retentionCurve).toEqual([
      { storiesAfter: 0, passed: 1, total: 1 },
      { storiesAfter: 1, passed: 0, total: 1 },
      { storiesAfter: 2, passed: 0, total: 1 },
    ]);
    expect(t.safeRate).toBeCloseTo(1 / 3);
  });

  it('cumulative, scope story: tenant leaks anywhere in the answer instead of contamination', async () => {
    const t = await summarize({ mode: 'cumulative', scope: 'story' });
    const leaks = t.violations.filter((v) => v.kind === 'tenant-leak').map((v) => [v.questionId, v.phase, v.detail]);
    expect(leaks).toEqual([
      ['a1', 'final', 'carries "Meadowbank" of tenant story-b'],
      ['a2', 'mid', 'carries "Meadowbank" of tenant story-b'],
      ['c1', 'final', 'carries "Burrow Hire" of tenant story-a'],
    ]);
    expect(t.counts['tenant-leak']).toEqual({ violations: 3, total: 8 });
    expect(t.tenantLeakRate).toBeCloseTo(3 / 8);
    expect(t.counts.contamination).toEqual({ violations: 0, total: 0 });
    expect(t.contaminationRate).toBeNull();
    expect(t.rawContaminationRate).toBeNull();
    expect(t.forgettingRate).toBe(1 / 2);
  });

  it('isolated: only general-knowledge leaks and stale values', async () => {
    const t = await summarize({ mode: 'isolated', scope: 'none' });
    expect(t.violations.map((v) => v.kind)).toEqual(['gk-leak', 'stale']);
    expect(t).toMatchObject({
      contaminationRate: null,
      rawContaminationRate: null,
      forgettingRate: null,
      tenantLeakRate: null,
      retentionCurve: [],
    });
    expect(t.counts.forgetting).toEqual({ violations: 0, total: 0 });
  });

  it('unbudgeted runs say "in the answer"', async () => {
    const stored = run({ mode: 'cumulative', scope: 'none', budget: null });
    const t = trajectorySummary(stored, await gradeRun(stored, null));
    expect(t.violations.find((v) => v.kind === 'stale')?.detail).toBe('carries superseded Friday and not the current value in the answer');
  });

  it('an excerpt is cut around the offending value, with ellipses where text was left out', async () => {
    const long = `${'x'.repeat(100)}   the   leak is plot 17 ${'y'.repeat(300)}`;
    const stored = storedRun(runRecord({ mode: 'isolated', budget: null }), stories, [
      question('a', 't', 'trap', 'pass', long, { expected: [] }),
    ]);
    const [v] = trajectorySummary(stored, await gradeRun(stored, null)).violations;
    const at = long.indexOf('plot 17');
    expect(v.excerpt).toBe(
      `…${long
        .slice(at - 60, at - 60 + 160)
        .replace(/\s+/g, ' ')
        .trim()}…`,
    );
    expect(v.excerpt.startsWith('…xxxx')).toBe(true);
    expect(v.excerpt).toContain('the leak is plot 17');
  });
});

describe('similar questions', () => {
  const asked = new SimilarQuestionAnswers([
    { storyId: 'b', question: 'Which city are we moving to next spring?', expected: ['Leeds'] },
    { storyId: 'b', question: 'Which city are we moving to next spring?', expected: ['Ignored'] },
    { storyId: 'c', question: 'What did the vet say about the dog?', expected: ['Biscuit'] },
  ]);

  it('a question sharing at least half the content words of the shorter one is similar', () => {
    expect(asked.answers('Which city are we moving to?', 'b', 'leeds')).toBe(true);
    expect(asked.answers('Which city are we moving to?', 'b', 'Leeds')).toBe(true);
    expect(asked.answers('Which city are we moving to?', 'c', 'Biscuit')).toBe(false);
    // Shares one content word ("city") of the shorter question's several: not similar.
    expect(asked.answers('Which city hosts the marathon this autumn?', 'b', 'Leeds')).toBe(false);
  });

  it('the first asking of a question in a story is the one kept', () => {
    expect(asked.answers('Which city are we moving to next spring?', 'b', 'Ignored')).toBe(false);
    // A second lookup (from the cache) answers the same.
    expect(asked.answers('Which city are we moving to next spring?', 'b', 'Leeds')).toBe(true);
  });
});
