import { describe, expect, it } from 'vitest';
import { resolveAdapter } from '../../adapters/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { convergenceBudgetFor, currentRules, recordedRules } from '../../src/grading/run-rules.js';
import { gradingRule } from '../../src/grading/rules.js';
import { findShards } from '../../src/run/merge.js';
import { resumeRun } from '../../src/run/runner.js';
import { earlierRule } from '../../src/leaderboard/row-evidence.js';
import type { LeaderboardRow } from '../../src/leaderboard/row.js';
import { provenanceLines } from '../../src/report/format.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { runRecord } from '../helpers/stored-run.js';
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
    expect(recordedRules({ options: {} })).toEqual({ convergenceBudget: null, endOfRunClock: 'story', emotionForms: false });
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

describe('shards made under different rules', () => {
  it('never merge into one run', () => {
    const shard = (index: number, options: Record<string, unknown>) =>
      runRecord({ id: `s${index}`, mode: 'isolated', options: { ...options, shard: { index, count: 2 } } });
    const rules = { rules: currentRules(128) };
    expect([...findShards(['a'], () => [shard(1, rules), shard(2, rules)]).values()].map((g) => g.length)).toEqual([2]);
    expect([...findShards(['a'], () => [shard(1, rules), shard(2, {})]).values()].map((g) => g.length)).toEqual([1, 1]);
  });
});

describe('reports state the rules a run was made under', () => {
  const current = runRecord({ budget: 64, options: { rules: currentRules(64) } });
  const before = runRecord({ budget: 128, options: {} });
  const lines = (run: typeof current) => Object.fromEntries(provenanceLines(run));

  it('the CP10 emotion match', () => {
    expect(lines(current)['CP10 emotion']).toMatch(/any form of the word/);
    expect(lines(before)['CP10 emotion']).toMatch(/the same word \(recorded before word forms counted\)/);
  });

  it('the CP7 budget, and in cumulative mode the end-of-run clock', () => {
    expect(lines(current)['CP7 budget']).toBe('128 tokens of the convergence set (o200k_base; 2 × the answer budget)');
    expect(lines(current)['end-of-run clock']).toMatch(/^one clock for every story: the run's now/);
    expect(lines(before)['CP7 budget']).toMatch(/^none: the whole convergence set \(recorded before the convergence budget\)/);
    expect(lines(before)['end-of-run clock']).toMatch(/^each story's own \(recorded before the shared clock/);
    expect(lines(runRecord({ mode: 'isolated', options: { rules: currentRules(128) } }))).not.toHaveProperty('end-of-run clock');
  });

  it('the leaderboard marks a CP7 figure made before the convergence budget', () => {
    const row = (run: typeof current) => ({ run }) as LeaderboardRow;
    expect(earlierRule('CP7', row(before))).toMatch(/whole convergence set/);
    expect(earlierRule('CP7', row(current))).toBeUndefined();
    expect(earlierRule('CP6', row(before))).toBeUndefined();
  });
});
