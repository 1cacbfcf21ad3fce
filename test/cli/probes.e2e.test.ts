// P1 persistence and P6 model-independence probes, through the real CLI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

const mini = corpusFixture('mini');

async function probeRun(args: string[]) {
  const dir = tempDir();
  const json = path.join(dir, 'run.json');
  const result = await runCli(['run', mini, '--db', path.join(dir, 'r.db'), '--json', json, '-q', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return { stdout: result.stdout, exported: JSON.parse(readFileSync(json, 'utf8')) };
}

describe('--probe persistence (P1)', () => {
  it('sqlite-fts answers the same through a new instance on the same data directory', async () => {
    const { exported } = await probeRun(['--adapter', 'sqlite-fts', '--probe', 'persistence']);
    const { before, after } = exported.summary.probes.persistence;
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
    expect(exported.summary.properties.P1).toMatchObject({ exercised: true, total: 9 });
  });

  it('in-memory full-context visibly fails it: it drops to 0 after the restart', async () => {
    const { exported, stdout } = await probeRun(['--adapter', 'full-context', '--probe', 'persistence']);
    expect(exported.summary.probes.persistence).toEqual({ before: 1, after: 0 });
    expect(exported.summary.properties.P1).toMatchObject({ exercised: true, passed: 0, total: 9 });
    expect(stdout).toMatch(/P1 .*0\/9/);
  });

  it('works in cumulative mode, after the end-of-run retention pass', async () => {
    const { exported } = await probeRun(['--adapter', 'sqlite-fts', '--mode', 'cumulative', '--probe', 'persistence']);
    expect(exported.summary.probes.persistence.after).toBe(exported.summary.probes.persistence.before);
  });
});

describe('--probe model-independence (P6)', () => {
  it('reads what one configuration wrote through another configuration of the same store', async () => {
    const { exported } = await probeRun([
      '--adapter',
      'sqlite-fts',
      '--adapter-config',
      '{"k":5}',
      '--probe',
      'model-independence',
      '--read-adapter-config',
      '{"k":1}',
    ]);
    const { before, after } = exported.summary.probes.modelIndependence;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(before);
    expect(exported.summary.properties.P6.exercised).toBe(true);
    // The run records its whole parsed configuration, the reader's config with it.
    expect(exported.run.options.config.probes).toEqual([{ name: 'model-independence', adapterConfig: { k: 1 } }]);
    expect(exported.run.options.config.adapterConfig).toEqual({ k: 5 });
  });

  it('rejects reader options without the probe', async () => {
    const result = await runCli(['run', mini, '--adapter', 'null', '--read-adapter', 'null', '--db', path.join(tempDir(), 'r.db'), '-q']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('need --probe model-independence');
  });
});
