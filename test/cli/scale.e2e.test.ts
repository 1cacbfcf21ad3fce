// Parallel workers and shards must not change what a run records.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, REPO, tempDir } from '../helpers/paths.js';

const mini = corpusFixture('mini');
const SHIPPED_CORPUS = path.join(REPO, 'corpus');

function questionsOf(db: string, runId?: string) {
  const store = openResultsStore(db);
  try {
    const run = runId ?? store.listRuns().at(-1)!.id;
    return store
      .loadRun(run)
      .questions.map((q) => ({ id: q.questionId, phase: q.phase, seq: q.seq, outcome: q.outcome, answer: q.answer, reason: q.reason }));
  } finally {
    store.close();
  }
}

async function summaryJson(db: string, runId: string) {
  const out = path.join(path.dirname(db), `${runId}.json`);
  expect((await runCli(['report', runId, '--format', 'json', '--db', db, '--out', out])).code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** What must not change between an unsharded and a merged run (timings and ids may). */
type ExportedStory = {
  questions: Array<Record<string, unknown>>;
  turns?: Array<Record<string, unknown>>;
  startedAt?: string;
  endedAt?: string;
};
function comparable(exported: { summary: Record<string, unknown>; stories: ExportedStory[] }) {
  const {
    questions,
    questionsBudgeted,
    budgetCurve,
    headline,
    atant,
    stories,
    byCategory,
    checkpoints,
    firstFailure,
    properties,
    trajectory,
    compliance,
  } = exported.summary as Record<string, unknown>;
  const perStory = exported.stories.map(({ startedAt: _s, endedAt: _e, ...s }) => ({
    ...s,
    questions: s.questions.map(({ latencyMs: _latency, ...q }) => q),
    turns: s.turns?.map(({ latencyMs: _latency, ...t }) => t),
  }));
  return {
    questions,
    questionsBudgeted,
    budgetCurve,
    headline,
    atant,
    stories,
    byCategory,
    checkpoints,
    firstFailure,
    properties,
    trajectory,
    compliance,
    perStory,
  };
}

describe('scale: concurrency and shards', () => {
  it('run --concurrency 3 records the same per-question results as a serial run', async () => {
    const dir = tempDir();
    const serial = path.join(dir, 'serial.db');
    const parallel = path.join(dir, 'parallel.db');
    expect((await runCli(['run', mini, '--adapter', 'sqlite-fts', '--db', serial, '-q'])).code).toBe(0);
    expect((await runCli(['run', mini, '--adapter', 'sqlite-fts', '--concurrency', '3', '--db', parallel, '-q'])).code).toBe(0);
    const expected = questionsOf(serial);
    expect(expected.length).toBeGreaterThan(0);
    expect(questionsOf(parallel)).toEqual(expected);
  }, 120_000);

  it('run --concurrency 2 of vector (in-process, CPU-bound) records the same questions and answers as a serial run', async () => {
    const dir = tempDir();
    const serial = path.join(dir, 'serial.db');
    const parallel = path.join(dir, 'parallel.db');
    expect((await runCli(['run', mini, '--adapter', 'vector', '--db', serial, '-q'])).code).toBe(0);
    expect((await runCli(['run', mini, '--adapter', 'vector', '--concurrency', '2', '--db', parallel, '-q'])).code).toBe(0);
    const expected = questionsOf(serial);
    expect(expected.filter((q) => q.outcome === 'pass').length).toBeGreaterThan(0);
    expect(questionsOf(parallel)).toEqual(expected);
  }, 180_000);

  it('an in-process adapter run with --concurrency 2 plays in two child processes, one per worker', async () => {
    const dir = tempDir();
    const adapter = adapterFixture('process-reporting');
    const serial = path.join(dir, 'serial.db');
    const parallel = path.join(dir, 'parallel.db');
    expect((await runCli(['run', mini, '--adapter', adapter, '--db', serial, '-q'])).code).toBe(0);
    const serialAnswers = questionsOf(serial).map((q) => q.answer);
    expect(new Set(serialAnswers.map((a) => a.split(' ')[0]))).toEqual(new Set(['threadline.js']));

    const slowStart = JSON.stringify({ resetMs: 4000 });
    const run = await runCli([
      'run',
      mini,
      '--adapter',
      adapter,
      '--adapter-config',
      slowStart,
      '--concurrency',
      '2',
      '--db',
      parallel,
      '-q',
    ]);
    expect(run.code).toBe(0);
    const answers = questionsOf(parallel).map((q) => q.answer);
    expect(answers.length).toBe(serialAnswers.length);
    for (const answer of answers) expect(answer).toMatch(/^isolate-host\.(ts|js) \d+$/);
    expect(new Set(answers.map((a) => a.split(' ')[1])).size).toBe(2);
  }, 180_000);

  it('a worker whose adapter blocks its event loop is killed at the timeout; the error is recorded and the run goes on', async () => {
    const db = path.join(tempDir(), 'blocked.db');
    // From each instance's second story on, its first query runs while (true): in this process it
    // would hang the harness; in a worker's child process it is one timed-out call.
    const config = JSON.stringify({ fault: 'block', fromStory: 2 });
    const args = ['--adapter-config', config, '--timeout', '3000', '--concurrency', '2', '--db', db, '-q'];
    const run = await runCli(['run', mini, '--adapter', adapterFixture('hostile'), ...args]);
    expect(run.code).toBe(0);
    const questions = questionsOf(db);
    expect(questions).toHaveLength(10);
    const errors = questions.filter((q) => q.outcome === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].reason).toMatch(/timed out after 3000 ms/);
  }, 120_000);

  it('three shards of corpus/ merged, from their databases or their exports, give the unsharded run', async () => {
    const dir = tempDir();
    const whole = path.join(dir, 'whole.db');
    expect((await runCli(['run', SHIPPED_CORPUS, '--adapter', 'sqlite-fts', '--db', whole, '-q'])).code).toBe(0);
    const shards = [1, 2, 3].map((i) => path.join(dir, `shard-${i}.db`));
    const exports = shards.map((db) => db.replace(/\.db$/, '.json'));
    for (const [i, db] of shards.entries()) {
      const shard = await runCli([
        'run',
        SHIPPED_CORPUS,
        '--adapter',
        'sqlite-fts',
        '--shard',
        `${i + 1}/3`,
        '--db',
        db,
        '-q',
        '--json',
        exports[i],
      ]);
      expect(shard.code).toBe(0);
    }
    const wholeId = openResultsStore(whole).listRuns()[0].id;
    const expected = comparable(await summaryJson(whole, wholeId));
    const expectedQuestions = questionsOf(whole, wholeId);
    expect(expectedQuestions.length).toBeGreaterThan(900);

    // The exports in another order than the shards': the merge orders them by shard index.
    for (const [name, inputs] of [
      ['databases', shards],
      ['exports', [exports[2], exports[0], exports[1]]],
    ] as const) {
      const into = path.join(dir, `merged-from-${name}.db`);
      const merged = await runCli(['merge', ...inputs, '--into', into]);
      expect(merged.stderr, name).toBe('');
      expect(merged.code, name).toBe(0);
      const mergedId = /into run (\S+)/.exec(merged.stdout)![1];
      expect(comparable(await summaryJson(into, mergedId)), name).toEqual(expected);
      expect(questionsOf(into, mergedId), name).toEqual(expectedQuestions);
    }
  }, 300_000);

  it('merge refuses a missing shard, a file that is not a run export, and sharding a cumulative run', async () => {
    const dir = tempDir();
    const shards = [1, 2, 3].map((i) => path.join(dir, `shard-${i}.db`));
    for (const [i, db] of shards.entries())
      expect((await runCli(['run', mini, '--adapter', 'sqlite-fts', '--shard', `${i + 1}/3`, '--db', db, '-q'])).code).toBe(0);
    const missing = await runCli(['merge', shards[0], shards[2], '--into', path.join(dir, 'partial.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('shard 2/3 is missing');
    const cumulative = await runCli([
      'run',
      mini,
      '--adapter',
      'null',
      '--mode',
      'cumulative',
      '--shard',
      '1/2',
      '--db',
      path.join(dir, 'c.db'),
    ]);
    expect(cumulative.code).toBe(2);
    expect(cumulative.stderr).toContain('cannot be sharded');

    const notAnExport = path.join(dir, 'not-an-export.json');
    writeFileSync(notAnExport, JSON.stringify({ schemaVersion: 1, runs: [] }));
    const notText = path.join(dir, 'notes.txt');
    writeFileSync(notText, 'shard results\n');
    for (const bad of [notAnExport, notText]) {
      const refused = await runCli(['merge', shards[0], bad, '--into', path.join(dir, 'refused.db')]);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr.trim().split('\n'), bad).toHaveLength(1);
      expect(refused.stderr, bad).toContain(bad);
    }
    const unsharded = path.join(dir, 'unsharded.json');
    expect((await runCli(['run', mini, '--adapter', 'null', '--db', path.join(dir, 'u.db'), '-q', '--json', unsharded])).code).toBe(0);
    const refused = await runCli(['merge', unsharded, '--into', path.join(dir, 'refused.db')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${unsharded} is the export of an unsharded run`);
  }, 240_000);
});
