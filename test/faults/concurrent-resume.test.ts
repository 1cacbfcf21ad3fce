// Defect 1: two `run --resume` of one run at once (or a resume of a run still going) both wrote
// to it and corrupted its results. Now one writer holds the run's lease; the other is refused.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, tempDir } from '../helpers/paths.js';
import { onlyRun, outcomes, startCli, untilStoriesSaved } from './helpers.js';

const MINI = corpusFixture('mini');
const SLOW = adapterFixture('slow');

describe('one writer per run', () => {
  it('refuses a resume of a live run and one of two simultaneous resumes; the result equals an uninterrupted run', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.db');
    const first = startCli(['run', MINI, '--adapter', SLOW, '--adapter-config', '{"delayMs":1200}', '--db', db, '-q']);
    const runId = await untilStoriesSaved(db, 1);

    const whileLive = await runCli(['run', '--resume', runId, '--db', db, '-q']);
    expect(whileLive.code).toBe(2);
    expect(whileLive.stderr).toMatch(/is being written by pid \d+/);
    expect(whileLive.stderr).not.toMatch(/\n\s+at /);

    first.child.kill('SIGKILL');
    await first.done;
    const saved = onlyRun(db);
    expect(saved.status).toBe('running');

    const [a, b] = await Promise.all([
      startCli(['run', '--resume', runId, '--db', db, '-q']).done,
      startCli(['run', '--resume', runId, '--db', db, '-q']).done,
    ]);
    expect([a.code, b.code].sort()).toEqual([0, 2]);
    expect((a.code === 2 ? a : b).stderr).toMatch(/being written by pid/);
    expect(onlyRun(db).status).toBe('complete');

    const reference = path.join(dir, 'ref.db');
    const uninterrupted = await runCli(['run', MINI, '--adapter', SLOW, '--adapter-config', '{"delayMs":0}', '--db', reference, '-q']);
    expect(uninterrupted.code).toBe(0);
    expect(outcomes(db, runId)).toEqual(outcomes(reference, onlyRun(reference).id));
  }, 120_000);
});
