// The composite GitHub Action (action.yml) run step by step on this machine, as a runner would:
// each step's `run` script through bash with its `env`, `${{ inputs.* }}` filled in. A main-branch
// job produces the baseline export; a branch job with a worse layer must fail the gate and say so
// in the job summary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, corpusFixture, tempDir } from '../helpers/paths.js';

interface Step {
  name?: string;
  id?: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
}

interface Action {
  inputs: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;

/** Runs every step in order, stopping at the first that fails, like a runner; returns the last exit code. */
function runAction(inputs: Record<string, string>, workspace: string) {
  const values: Record<string, string> = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? ''])),
    threadline: `${process.execPath} ${path.join(REPO, 'bin/threadline.js')}`,
    ...inputs,
  };
  const fill = (text: string) => text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
  const summary = path.join(workspace, 'step-summary.md');
  let status = 0;
  let output = '';
  for (const step of action.runs.steps) {
    expect(step.shell).toBe('bash');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: path.join(workspace, 'github-output') };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = fill(value);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: workspace,
      env,
      encoding: 'utf8',
    });
    output += result.stdout + result.stderr;
    status = result.status ?? 1;
    if (status !== 0) break;
  }
  return { status, output, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

describe('action.yml', () => {
  it('is a composite action whose every step reads its inputs through env, never inline', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) expect(step.run).not.toMatch(/\$\{\{/);
  });

  it('passes a main-branch run, then fails a regressed branch against its export, with a job summary and JUnit', () => {
    const main = tempDir('threadline-action-main-');
    const base = runAction({ adapter: 'full-context', corpus: corpusFixture('mini') }, main);
    expect(base.status, base.output).toBe(0);
    expect(base.output).toContain('comparison skipped');
    const baseline = path.join(main, 'threadline-results/run.json');
    expect(existsSync(baseline)).toBe(true);

    const branch = tempDir('threadline-action-branch-');
    const gate = runAction({ adapter: 'null', corpus: corpusFixture('mini'), baseline }, branch);
    expect(gate.status).toBe(1);
    expect(gate.output).toContain('regression against the baseline');
    expect(gate.summary).toContain('**B is significantly worse than A**');
    expect(gate.summary).toContain('# Threadline run');
    expect(readFileSync(path.join(branch, 'threadline-results/junit.xml'), 'utf8')).toContain('<testsuite');

    const same = runAction({ adapter: 'full-context', corpus: corpusFixture('mini'), baseline }, tempDir('threadline-action-same-'));
    expect(same.status, same.output).toBe(0);
    expect(same.summary).toContain('No significant regression');
  });
});
