import { describe, expect, it } from 'vitest';
import { resolveAdapter } from '../../adapters/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { convergenceBudgetFor, currentRules, recordedRules } from '../../src/grading/run-rules.js';
import { gradingRule } from '../../src/grading/rules.js';
import { resumeRun } from '../../src/run/runner.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

describe('rules recorded on a run', () => {
  it('the convergence budget is twice the answer budget, twice the default when unbudgeted', () => {
    expect(convergenceBudgetFor(128)).toBe(256);
    expect(convergenceBudgetFor(16)).toBe(32);
    expect(convergenceBudgetFor(null)).toBe(256);
  });

  it('a run records the rules it is made under; one recorded before them reads as the rules it was made under', async () => {
    const { run } = await runInProcess(corpusFixture('mini'), 'null');
    expect(recordedRules(run)).toEqual(currentRules(128));
    expect(recordedRules({ options: {} })).toEqual({ convergenceBudget: null, endOfRunClock: 'story' });
  });

  it('a run made under earlier rules is not finished under the current ones', async () => {
    const mini = corpusFixture('mini');
    const { run, store } = await runInProcess(mini, 'null');
    const { rules: _rules, ...before } = run.options;
    const { corpus } = await loadCorpus(mini);
    const resume = resumeRun(
      { ...run, status: 'interrupted', options: before },
      {
        corpus,
        corpusPath: mini,
        adapterSpec: 'null',
        adapter: await resolveAdapter('null'),
        adapterConfig: {},
        mode: run.mode,
        scope: run.scope,
        grading: gradingRule(run.grading),
        timeoutMs: 5_000,
        dataRoot: tempDir(),
        store,
      },
    );
    await expect(resume).rejects.toMatchObject({ code: 'RULES_CHANGED' });
    await expect(resume).rejects.toThrow(/earlier grading rules .*start a new run/);
  });
});
