// The budgeted numbers of a summary on a hand-built run, every value counted by hand.
import { describe, expect, it } from 'vitest';
import { summarizeRun } from '../../src/report/summary.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const longAnswer = `${Array(40).fill('word').join(' ')} Friday`; // "Friday" is token 41 (o200k)

const stored = () =>
  storedRun(
    runRecord({ grading: 'number-aware', budget: 32 }),
    [
      { id: 'a', canaries: [] },
      { id: 'b', canaries: [] },
    ],
    [
      question('a', 'a1', 'final', 'pass', 'We move on Friday', { question: 'Where are we moving?', expected: ['Friday'] }),
      question('a', 'a2', 'final', 'pass', longAnswer, { question: 'Which day is the van?', expected: ['Friday'] }),
      question('b', 'b1', 'final', 'fail', 'worth $138k', { question: 'Where are we MOVING', expected: ['38'] }),
      question('b', 'b2', 'mid', 'error', '', { question: 'What was it?', expected: ['x'] }),
      // At the end: a1 and b1 are asked in the same words by two stories, so they are ambiguous.
      question('a', 'a1', 'retention', 'pass', 'We move on Friday', { question: 'Where are we moving?', expected: ['Friday'] }),
      question('b', 'b1', 'retention', 'fail', 'nothing', { question: 'Where are we MOVING', expected: ['38'] }),
      question('a', 'a2', 'retention', 'pass', 'Friday', { question: 'Which day is the van?', expected: ['Friday'] }),
    ],
  );

describe('budgeted summary', () => {
  it('grades within the budget, draws the budget curve and keeps ATANT strict beside it', async () => {
    const s = await summarizeRun(stored(), { bootstrapResamples: 10 });
    expect(s.budget).toEqual({ tokens: 32, encoding: 'o200k_base' });
    expect(s.questions).toMatchObject({ passed: 2, total: 4 });
    expect(s.questionsBudgeted).toMatchObject({ passed: 1, total: 4, rate: 0.25 });
    expect(s.budgetCurve.map((p) => [p.tokens, p.passed, p.total])).toEqual([
      [32, 1, 4],
      [64, 2, 4],
      [128, 2, 4],
      [256, 2, 4],
      [512, 2, 4],
      [1024, 2, 4],
      [null, 2, 4],
    ]);
    // strict finds "38" inside "$138k"; number-aware does not.
    expect(s.atant).toMatchObject({ passed: 3, total: 4, rule: 'strict', budget: null });
  });

  it('reports retention on the unambiguous questions; the headline counts a question passed at both askings', async () => {
    const s = await summarizeRun(stored(), { bootstrapResamples: 10 });
    expect(s.retention).toMatchObject({ passed: 1, total: 1, ambiguous: 2 });
    expect(s.retentionBudgeted).toMatchObject({ passed: 1, total: 1, ambiguous: 2 });
    // a2 passes at the end but not right after within 32 tokens ("Friday" is token 41).
    expect(s.headline).toMatchObject({ passed: 0, total: 1, rule: 'number-aware', budget: 32, ambiguousAtEnd: 2 });
    expect(s.headline.immediate).toMatchObject({ passed: 1, total: 4 });
    const wider = stored();
    wider.run = { ...wider.run, budget: 64 };
    const w = await summarizeRun(wider, { bootstrapResamples: 10 });
    expect(w.headline).toMatchObject({ passed: 1, total: 1, rate: 1, budget: 64 });
    expect(w.headline.wilson95[0]).toBeCloseTo(0.2065, 3);
  });

  it('with scope story no question is ambiguous, and isolated runs have no retention in the headline', async () => {
    const story = stored();
    story.run = { ...story.run, scope: 'story' };
    expect((await summarizeRun(story, { bootstrapResamples: 10 })).retentionBudgeted).toMatchObject({ passed: 2, total: 3, ambiguous: 0 });
    const isolated = stored();
    isolated.run = { ...isolated.run, mode: 'isolated' };
    isolated.questions = isolated.questions.filter((q) => q.phase !== 'retention');
    const s = await summarizeRun(isolated, { bootstrapResamples: 10 });
    expect(s.headline).toMatchObject({ passed: 1, total: 4, retention: null });
  });

  it('grades a run recorded before budgets at the default 128 tokens', async () => {
    const legacy = stored();
    legacy.run = { ...legacy.run, budget: undefined };
    const s = await summarizeRun(legacy, { bootstrapResamples: 10 });
    expect(s.budget.tokens).toBe(128);
    expect(s.questionsBudgeted.passed).toBe(2);
  });
});
