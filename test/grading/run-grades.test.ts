// Every grade of a stored run on hand-built answers: which phases are graded, errors and traps,
// the budget cut, the budget curve and ATANT's strict letter beside the run's own rule.
import { describe, expect, it } from 'vitest';
import { BUDGET_CURVE, DEFAULT_BUDGET } from '../../src/grading/budget.js';
import { gradeRun, runBudget } from '../../src/grading/run-grades.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const stories = [{ id: 'a', canaries: [] }];
// 40 tokens of filler, then the keyword: passes unbudgeted and from a budget of 64 on, not at 32.
const LATE = `${'the '.repeat(40)}Harrogate`;
const CURVE_LENGTH = BUDGET_CURVE.length + 1;

describe('gradeRun', () => {
  it('grades final, mid, retention and trap questions in stored order, and leaves probes out', async () => {
    const grades = await gradeRun(
      storedRun(runRecord(), stories, [
        question('a', 'q1', 'final', 'pass', 'x'),
        question('a', 'q2', 'probe:P1', 'pass', 'x'),
        question('a', 'q3', 'mid', 'fail', 'no'),
        question('a', 'q4', 'retention', 'pass', 'x'),
        question('a', 'q5', 'trap', 'pass', 'x'),
      ]),
    );
    expect(grades.questions.map((g) => [g.record.questionId, g.budgetedPass])).toEqual([
      ['q1', true],
      ['q3', false],
      ['q4', true],
      ['q5', false],
    ]);
    expect(grades.byRecord.get(grades.questions[0].record)).toBe(grades.questions[0]);
  });

  it('an errored question fails everywhere and shows nothing', async () => {
    const [g] = (await gradeRun(storedRun(runRecord(), stories, [question('a', 'q1', 'final', 'error', 'x')]))).questions;
    expect(g).toMatchObject({ budgetedAnswer: '', budgetedPass: false, unbudgetedPass: false, strictPass: false });
    expect(g.curvePasses).toEqual(Array(CURVE_LENGTH).fill(false));
  });

  it('a trap is never a pass, but its answer is cut at the budget like any other', async () => {
    const [g] = (await gradeRun(storedRun(runRecord(), stories, [question('a', 'q1', 'trap', 'pass', LATE)]), 32)).questions;
    expect(g).toMatchObject({ budgetedPass: false, unbudgetedPass: false, strictPass: false });
    expect(g.budgetedAnswer).toBe('the '.repeat(32).trimEnd());
    expect(g.curvePasses).toEqual(Array(CURVE_LENGTH).fill(false));
  });

  it('a keyword past the budget fails within it and passes from the first budget that reaches it', async () => {
    const run = storedRun(runRecord({ grading: 'number-aware' }), stories, [
      question('a', 'q1', 'final', 'pass', LATE, { expected: ['Harrogate'] }),
    ]);
    const [within32] = (await gradeRun(run, 32)).questions;
    expect(within32).toMatchObject({ budgetedPass: false, unbudgetedPass: true, strictPass: true });
    expect(within32.curvePasses).toEqual([false, true, true, true, true, true, true]);
    const [unbudgeted] = (await gradeRun(run, null)).questions;
    expect(unbudgeted).toMatchObject({ budgetedAnswer: LATE, budgetedPass: true });
  });

  it('an answer the budget does not cut keeps its recorded outcome at every budget', async () => {
    const [g] = (await gradeRun(storedRun(runRecord(), stories, [question('a', 'q1', 'final', 'fail', 'Harrogate')]), 32)).questions;
    expect(g.curvePasses).toEqual(Array(CURVE_LENGTH).fill(false));
    expect(g).toMatchObject({ budgetedAnswer: 'Harrogate', budgetedPass: false });
  });

  it('strict is ATANT’s letter beside the run’s own rule', async () => {
    const grade = async (grading: string, outcome: 'pass' | 'fail', answer: string, expected: string[]) =>
      (await gradeRun(storedRun(runRecord({ grading }), stories, [question('a', 'q1', 'final', outcome, answer, { expected })])))
        .questions[0];
    // number-aware fails "38" in "$138k"; strict passes it.
    expect(await grade('number-aware', 'fail', 'worth $138k', ['38'])).toMatchObject({ unbudgetedPass: false, strictPass: true });
    expect(await grade('number-aware', 'pass', 'worth $38k', ['38'])).toMatchObject({ unbudgetedPass: true, strictPass: true });
    // any-keyword passes with one of two keywords; strict needs both.
    expect(await grade('any-keyword', 'pass', 'Harrogate', ['Harrogate', 'Burrow Hire'])).toMatchObject({
      unbudgetedPass: true,
      strictPass: false,
    });
    expect(await grade('strict', 'fail', 'Harrogate', ['Harrogate', 'Burrow Hire'])).toMatchObject({ strictPass: false });
    expect(await grade('strict', 'pass', 'Harrogate', ['Harrogate'])).toMatchObject({ strictPass: true });
    // A rule this harness no longer knows is re-graded strictly.
    expect((await gradeRun(storedRun(runRecord({ grading: 'retired-rule' }), stories, []))).rule.name).toBe('strict');
  });

  it('a run is graded with its own budget, or the default when it predates budgets', () => {
    expect(runBudget(storedRun(runRecord({ budget: 64 }), stories, []))).toBe(64);
    expect(runBudget(storedRun(runRecord({ budget: null }), stories, []))).toBeNull();
    expect(runBudget(storedRun(runRecord(), stories, []))).toBe(DEFAULT_BUDGET);
  });
});
