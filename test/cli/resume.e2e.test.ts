// A run killed with SIGKILL mid-way and resumed must end with the same per-question results as an
// uninterrupted run, without redoing the stories it had finished.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, REPO, tempDir } from '../helpers/paths.js';

const mini = corpusFixture('mini');
const slow = adapterFixture('slow');

/** Starts a run and SIGKILLs it as soon as its first story is saved; resolves with the run id. */
function runAndKillAfterFirstStory(db: string, mode: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(REPO, 'bin/threadline.js'),
        'run',
        mini,
        '--adapter',
        slow,
        '--adapter-config',
        '{"delayMs":60}',
        '--mode',
        mode,
        '--db',
        db,
      ],
      {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let runId = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      runId ||= /starting run (\S+):/.exec(stderr)?.[1] ?? '';
      if (runId && /^\[1\/3\] story/m.test(stderr)) child.kill('SIGKILL');
    });
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve(runId) : reject(new Error(`run was not killed: ${stderr}`))));
  });
}

const comparable = (db: string, runId: string) => {
  const store = openResultsStore(db);
  try {
    return store
      .loadRun(runId)
      .questions.map((q) => ({ id: q.questionId, phase: q.phase, outcome: q.outcome, answer: q.answer, seq: q.seq }));
  } finally {
    store.close();
  }
};

describe.each(['isolated', 'cumulative'])('resume after SIGKILL (%s)', (mode) => {
  it('finishes the run with the same per-question results as an uninterrupted run', async () => {
    const dir = tempDir();
    const killedDb = path.join(dir, 'killed.db');
    const runId = await runAndKillAfterFirstStory(killedDb, mode);

    const partial = openResultsStore(killedDb);
    const before = partial.getRun(runId)!;
    const finishedBefore = partial.finishedStories(runId);
    const firstStoryAnswers = partial.loadRun(runId).questions.filter((q) => q.storyId === '401' && q.phase !== 'retention');
    partial.close();
    expect(before.status).toBe('running');
    expect(finishedBefore.size).toBeGreaterThanOrEqual(1);
    expect(finishedBefore.size).toBeLessThan(3);

    // A resumed run keeps its recorded configuration: a flag that says otherwise is refused.
    const otherMode = mode === 'isolated' ? 'cumulative' : 'isolated';
    const conflict = await runCli(['run', '--resume', runId, '--mode', otherMode, '--db', killedDb, '-q']);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toContain(`--mode "${otherMode}" differs from run ${runId}'s "${mode}"`);
    expect((await runCli(['run', '--resume', runId, '--repeat', '2', '--db', killedDb, '-q'])).code).toBe(2);

    const resumed = await runCli(['run', '--resume', runId, '--mode', mode, '--db', killedDb, '-q']);
    expect(resumed.code).toBe(0);

    const cleanDb = path.join(dir, 'clean.db');
    const clean = await runCli([
      'run',
      mini,
      '--adapter',
      slow,
      '--adapter-config',
      '{"delayMs":1}',
      '--mode',
      mode,
      '--db',
      cleanDb,
      '--json',
      path.join(dir, 'clean.json'),
      '-q',
    ]);
    expect(clean.code).toBe(0);
    const cleanId = /run\s+(\S+) \(complete\)/.exec(clean.stdout)![1];

    expect(comparable(killedDb, runId)).toEqual(comparable(cleanDb, cleanId));
    const after = openResultsStore(killedDb);
    expect(after.getRun(runId)!.status).toBe('complete');
    // The story finished before the kill was not redone: its saved answers are untouched.
    expect(after.loadRun(runId).questions.filter((q) => q.storyId === '401' && q.phase !== 'retention')).toEqual(firstStoryAnswers);
    after.close();
  });
});
