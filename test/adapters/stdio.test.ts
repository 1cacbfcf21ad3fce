// The stdio adapter through the real runner: the Python example completes a run, and a child that
// exits, writes garbage or hangs fails only the call it was on — the next call restarts it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import stdio from '../../adapters/stdio.js';
import type { RunMode, RunScope } from '../../src/store/records.js';
import { FIXTURES, REPO, corpusFixture, tempDir } from '../helpers/paths.js';
import { expectMiniOutcomes, NO_SHARED_WORD } from '../helpers/mini-runs.js';
import { runInProcess } from '../helpers/run.js';

const MINI = corpusFixture('mini');
const PYTHON_EXAMPLE = { command: 'python3', args: [path.join(REPO, 'examples/python/threadline_adapter.py')] };
const pythonPresent = spawnSync('python3', ['--version']).status === 0;
if (!pythonPresent) console.warn('\n!!! SKIPPING: python3 is not on PATH; the Python example adapter is not tested !!!\n');

/** The misbehaving child, named in the config because it refuses to describe itself. */
const misbehaving = (...flags: string[]) => ({
  command: process.execPath,
  args: [path.join(FIXTURES, 'adapters/misbehaving-child.mjs'), ...flags],
  name: 'flaky-child',
  version: '9.9.9',
});

const graded = (q: { phase: string }) => q.phase === 'final' || q.phase === 'mid';
const errorsOf = <T extends { outcome: string }>(records: T[]) => records.filter((r) => r.outcome === 'error');

describe('stdio adapter', () => {
  it.skipIf(!pythonPresent).each<[RunMode, RunScope]>([
    ['isolated', 'none'],
    ['cumulative', 'story'],
  ])('runs the Python example over the mini corpus (%s, scope %s)', async (mode, scope) => {
    const { run, stored } = await runInProcess(MINI, 'stdio', { config: PYTHON_EXAMPLE, mode, scope });
    expect(run.status).toBe('complete');
    expect(run.adapterName).toBe('stdio');
    expect(errorsOf(stored.turns)).toEqual([]);
    expect(errorsOf(stored.questions)).toEqual([]);
    // The example matches words, so it misses the two questions that share none with their answer.
    expect(stored.questions.filter(graded).filter((q) => q.outcome === 'pass')).toHaveLength(8);
    expectMiniOutcomes(stored, NO_SHARED_WORD);
    // The example describes itself as able to dump, so every story has its stored state.
    expect(stored.stories.map((s) => s.dump)).toEqual(expect.arrayContaining([expect.stringContaining('Harrogate')]));
    expect(stored.turns.find((t) => t.storyId === '401')?.diagnostics).toMatchObject({ inputClass: 'statement' });
  });

  it.skipIf(!pythonPresent)("records the external system's own name, version and LLM flag from the config", async () => {
    const config = { ...PYTHON_EXAMPLE, name: 'keyword-memory', version: '0.3.1', llmInLoop: true };
    const { run, summary } = await runInProcess(MINI, 'stdio', { config });
    expect(run).toMatchObject({ adapterName: 'keyword-memory', adapterVersion: '0.3.1', adapterSpec: 'stdio', llmInLoop: true });
    expect(summary.compliance.note).toMatch(/assisted|not applicable/);
  });

  it.each<RunMode>(['isolated', 'cumulative'])(
    'records a child that exits mid-story as an error and restarts it for the next call (%s)',
    async (mode) => {
      const { run, stored } = await runInProcess(MINI, 'stdio', { config: misbehaving('--exit-on', 'Harrogate'), mode });
      expect(run.status).toBe('complete');
      const [crashed, ...others] = errorsOf(stored.turns);
      expect(others).toEqual([]);
      expect(crashed).toMatchObject({ storyId: '401', turnIndex: 0 });
      expect(crashed.error).toMatch(
        /^ingest failed: flaky-child@9\.9\.9: ingest: the process exited \(code 3\); last stderr lines: fatal: cannot cope with "Harrogate"/,
      );
      // Every later call went to a fresh process: no question errors, and story 401's later turns landed.
      expect(errorsOf(stored.questions)).toEqual([]);
      expect(stored.turns.filter((t) => t.storyId === '401' && t.outcome === 'ok')).toHaveLength(2);
      expect(stored.stories.filter((s) => s.storyId !== '401').map((s) => s.status)).toEqual(['complete', 'complete']);
    },
  );

  it.each([
    ['text', /the process wrote a line that is not a reply \(not JSON: oops, this is not JSON\); it was stopped/],
    ['unknown-id', /the process replied to id \d+, which no request is waiting for; it was stopped/],
    ['no-result', /the process wrote a line that is not a reply \(not a reply \{"id", "result"\}/],
  ])('records garbage on stdout (%s) as an error and restarts the child', async (kind, reason) => {
    const { run, stored } = await runInProcess(MINI, 'stdio', { config: misbehaving('--garbage-on', 'Which plot', '--garbage', kind) });
    expect(run.status).toBe('complete');
    const [garbled, ...others] = errorsOf(stored.questions);
    expect(others).toEqual([]);
    expect(garbled).toMatchObject({ storyId: '402', questionId: '402_q1' });
    expect(garbled.reason).toMatch(/^query failed: flaky-child@9\.9\.9: query: /);
    expect(garbled.reason).toMatch(reason);
    expect(errorsOf(stored.turns)).toEqual([]);
    // The next story's calls went to a fresh process.
    const course = stored.questions.filter((q) => q.storyId === '403' && graded(q));
    expect(course.map((q) => q.outcome)).toEqual(['pass', 'pass', 'pass']);
  });

  it('kills a child that hangs on a question and goes on with a fresh one', async () => {
    const { run, stored } = await runInProcess(MINI, 'stdio', { config: misbehaving('--hang-on', 'chairs'), timeoutMs: 1_000 });
    expect(run.status).toBe('complete');
    const [hung, ...others] = errorsOf(stored.questions);
    expect(others).toEqual([]);
    expect(hung).toMatchObject({ storyId: '402', questionId: '402_q3', reason: 'query timed out after 1000 ms' });
    const course = stored.questions.filter((q) => q.storyId === '403' && graded(q));
    expect(course.map((q) => q.outcome)).toEqual(['pass', 'pass', 'pass']);
  });

  it('kills a child when its call is aborted, and answers the next call from a fresh one', async () => {
    const adapter = stdio.create(misbehaving('--hang-on', 'hang'));
    const live = { signal: new AbortController().signal };
    await adapter.open({ dataDir: tempDir() }, live);
    await adapter.ingest({ text: 'remember me' }, {}, live);
    const controller = new AbortController();
    const hanging = adapter.query('please hang', {}, { signal: controller.signal });
    controller.abort();
    await expect(hanging).rejects.toThrow(
      'flaky-child@9.9.9: query: no reply to query before the harness gave up; the process was killed as wedged',
    );
    // The new process was opened again, and remembers nothing (the fixture keeps state in memory).
    await expect(adapter.query('anything', {}, live)).resolves.toEqual({ text: '' });
    await adapter.close();
  });

  it('fails the run with a clear message when the command cannot be started', async () => {
    const { run } = await runInProcess(MINI, 'stdio', { config: { command: 'threadline-no-such-command-xyz' } });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(
      /threadline-no-such-command-xyz: open: the process could not be started or signalled: spawn threadline-no-such-command-xyz ENOENT/,
    );
  });

  it('refuses a config without a command, or with an unknown key', () => {
    expect(() => stdio.create({})).toThrow(/stdio adapter config: .*command/);
    expect(() => stdio.create({ command: 'python3', argv: [] })).toThrow(/Unrecognized key: "argv"/);
  });
});
