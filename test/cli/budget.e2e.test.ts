// --budget and --label end to end: recorded with the run, graded in the export, shown in every format.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

const mini = corpusFixture('mini');

describe('run --budget --label', () => {
  it('records the budget and label, grades within the budget, and shows both in every report', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'r.db');
    const json = path.join(dir, 'run.json');
    const md = path.join(dir, 'run.md');
    const run = await runCli([
      'run',
      mini,
      '--adapter',
      'full-context',
      '--mode',
      'cumulative',
      '--budget',
      '16',
      '--label',
      'tiny',
      '--db',
      db,
      '--json',
      json,
      '--md',
      md,
      '-q',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/answer budget\s+16 tokens \(o200k_base\)/);
    expect(run.stdout).toMatch(/label\s+tiny/);
    expect(run.stdout).toContain('full-context [tiny]');
    const exported = JSON.parse(readFileSync(json, 'utf8'));
    expect(exported.run).toMatchObject({ budget: 16, label: 'tiny', grading: 'number-aware' });
    // CP7 reads convergence sets within twice the answer budget.
    expect(exported.run.options.rules).toEqual({ convergenceBudget: 32, endOfRunClock: 'run-now', emotionForms: true });
    expect(run.stdout).toMatch(/CP7 budget\s+32 tokens of the convergence set \(o200k_base; 2 × the answer budget\)/);
    const { summary } = exported;
    expect(summary.budget).toEqual({ tokens: 16, encoding: 'o200k_base' });
    expect(summary.budgetCurve.map((p: { tokens: number | null }) => p.tokens)).toEqual([32, 64, 128, 256, 512, 1024, null]);
    // full-context hands back every utterance so far: it passes everything unbudgeted, far less within 16 tokens.
    expect(summary.questions.rate).toBe(1);
    expect(summary.questionsBudgeted.total).toBe(summary.questions.total);
    expect(summary.questionsBudgeted.passed).toBeLessThan(summary.questions.passed);
    expect(summary.atant).toMatchObject({ rule: 'strict', rate: 1 });
    expect(summary.headline).toMatchObject({ rule: 'number-aware', budget: 16 });
    expect(summary.retentionBudgeted.wilson95).toHaveLength(2);
    expect(readFileSync(md, 'utf8')).toMatch(/\| headline \([\s\S]*\| ATANT v1\.0 \(strict, whole answer\) \|[\s\S]*## Budget curve/);

    const list = await runCli(['report', '--list', '--db', db]);
    expect(list.stdout).toMatch(/full-context@1\.0\.0 \[tiny\].*budget 16/);
    const none = await runCli([
      'run',
      mini,
      '--adapter',
      'full-context',
      '--mode',
      'cumulative',
      '--budget',
      'none',
      '--db',
      db,
      '--json',
      json,
      '-q',
    ]);
    expect(none.code).toBe(0);
    const unbudgeted = JSON.parse(readFileSync(json, 'utf8'));
    expect(unbudgeted.summary.questionsBudgeted.rate).toBe(1);
    // Unbudgeted runs read convergence sets within twice the default answer budget.
    expect(unbudgeted.run.options.rules.convergenceBudget).toBe(256);
  });

  it('a bad budget is one line and exit 2', async () => {
    const { code, stderr } = await runCli(['run', mini, '--adapter', 'null', '--budget', 'lots', '--db', path.join(tempDir(), 'r.db')]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--budget must be a whole number of tokens/);
  });
});
