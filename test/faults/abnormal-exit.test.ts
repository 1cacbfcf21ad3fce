// Defects 2 and 8: adapter code that calls process.exit(0), throws from a timer or leaves a
// rejection unhandled ended Threadline silently (rc 0, run left `running`), and `compare` then
// passed the broken run. Now the run is marked failed (resumable), the command exits 1, the stories
// finished before stay saved, and compare refuses the run (exit 2).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, tempDir } from '../helpers/paths.js';
import { onlyRun, withStore } from './helpers.js';

const MINI = corpusFixture('mini');
const HOSTILE = adapterFixture('hostile');

describe.each(['exit', 'timer-throw', 'rejection'])('an in-process adapter that does %s in story 2', (fault) => {
  it('fails the run with a non-zero exit, keeps story 1, and never passes a gate', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.db');
    const broken = await runCli([
      'run',
      MINI,
      '--adapter',
      HOSTILE,
      '--adapter-config',
      JSON.stringify({ fault, fromStory: 2 }),
      '--db',
      db,
      '-q',
      '--min-pass-rate',
      '0',
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/ended abnormally/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const run = onlyRun(db);
    expect(run.status).toBe('failed');
    expect(withStore(db, (s) => [...s.finishedStories(run.id)])).toEqual(['401']);

    if (fault !== 'exit') return;
    const good = await runCli(['run', MINI, '--adapter', HOSTILE, '--db', db, '-q']);
    expect(good.code).toBe(0);
    const complete = withStore(db, (s) => s.listRuns()).find((r) => r.status === 'complete');
    const compared = await runCli(['compare', complete!.id, run.id, '--db', db]);
    expect(compared.code).toBe(2);
    expect(compared.stderr).toMatch(new RegExp(`run ${run.id} is failed, not complete`));
  }, 60_000);
});

describe('--isolate process', () => {
  it('times out and kills an adapter whose event loop is blocked, and the run goes on', async () => {
    const db = `${tempDir()}/x.db`;
    const result = await runCli([
      'run',
      MINI,
      '--adapter',
      HOSTILE,
      '--adapter-config',
      '{"fault":"block","fromStory":2}',
      '--isolate',
      'process',
      '--timeout',
      '10000',
      '--db',
      db,
      '-q',
    ]);
    expect(result.code).toBe(0);
    const run = onlyRun(db);
    expect(run.status).toBe('complete');
    expect((run.options.config as { isolate?: string }).isolate).toBe('process');
    const errors = withStore(db, (s) => s.loadRun(run.id).questions.filter((q) => q.outcome === 'error'));
    expect(errors[0].reason).toBe('query timed out after 10000 ms');
    expect(withStore(db, (s) => s.finishedStories(run.id).size)).toBe(3);
  }, 90_000);

  it('contains process.exit: that call fails, the run completes', async () => {
    const db = `${tempDir()}/x.db`;
    const result = await runCli([
      'run',
      MINI,
      '--adapter',
      HOSTILE,
      '--adapter-config',
      '{"fault":"exit","fromStory":2}',
      '--isolate',
      'process',
      '--db',
      db,
      '-q',
    ]);
    expect(result.code).toBe(0);
    const run = onlyRun(db);
    const errors = withStore(db, (s) => s.loadRun(run.id).questions.filter((q) => q.outcome === 'error'));
    expect(errors[0].reason).toMatch(/the isolated adapter process exited \(code 0\)/);
    expect(withStore(db, (s) => s.finishedStories(run.id).size)).toBe(3);
  }, 90_000);
});
