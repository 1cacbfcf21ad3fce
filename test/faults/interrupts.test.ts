// Defect 10: SIGINT/SIGTERM left no trace — exit 130/143 with no resume hint, the run `running`
// forever, and a stdio child that ignores the end of its input left running after SIGTERM.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, FIXTURES, tempDir } from '../helpers/paths.js';
import { onlyRun, outcomes, startCli, untilStoriesSaved } from './helpers.js';

const MINI = corpusFixture('mini');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('interrupts', () => {
  it('SIGINT marks the run interrupted, prints the resume command, and the resume loses no finished story', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.db');
    const started = startCli(['run', MINI, '--adapter', adapterFixture('slow'), '--adapter-config', '{"delayMs":400}', '--db', db, '-q']);
    const runId = await untilStoriesSaved(db, 1);
    started.child.kill('SIGINT');
    const result = await started.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(`threadline run --resume ${runId} --db ${db}`);
    expect(onlyRun(db).status).toBe('interrupted');
    const before = outcomes(db, runId);

    const resumed = await runCli(['run', '--resume', runId, '--db', db, '-q']);
    expect(resumed.code).toBe(0);
    expect(onlyRun(db).status).toBe('complete');
    const after = outcomes(db, runId);
    for (const [key, value] of Object.entries(before)) expect(after[key]).toBe(value);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
  }, 120_000);

  it('SIGTERM kills a stdio child that ignores the end of its input', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.db');
    const pidFile = path.join(dir, 'child.pid');
    const config = {
      command: process.execPath,
      args: [path.join(FIXTURES, 'adapters/misbehaving-child.mjs'), '--linger', '--pid-file', pidFile, '--hang-on', 'Which plot'],
      name: 'lingering',
    };
    const started = startCli([
      'run',
      MINI,
      '--adapter',
      'stdio',
      '--adapter-config',
      JSON.stringify(config),
      '--timeout',
      '600000',
      '--db',
      db,
      '-q',
    ]);
    await untilStoriesSaved(db, 1);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(true);
    started.child.kill('SIGTERM');
    const result = await started.done;
    expect(result.code).toBe(143);
    expect(onlyRun(db).status).toBe('interrupted');
    await expect.poll(() => alive(pid), { timeout: 5_000 }).toBe(false);
  }, 120_000);
});
