// Parallel workers and shards must not change what a run records.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, tempDir } from '../helpers/paths.js';

const mini = corpusFixture('mini');

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

  it('three shards merged give the summary of the unsharded run; cumulative cannot be sharded', async () => {
    const dir = tempDir();
    const whole = path.join(dir, 'whole.db');
    expect((await runCli(['run', mini, '--adapter', 'sqlite-fts', '--db', whole, '-q'])).code).toBe(0);
    const shards = [1, 2, 3].map((i) => path.join(dir, `shard-${i}.db`));
    for (const [i, db] of shards.entries())
      expect((await runCli(['run', mini, '--adapter', 'sqlite-fts', '--shard', `${i + 1}/3`, '--db', db, '-q'])).code).toBe(0);
    const into = path.join(dir, 'merged.db');
    const merged = await runCli(['merge', ...shards, '--into', into]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const mergedId = /into run (\S+)/.exec(merged.stdout)![1];
    const wholeId = openResultsStore(whole).listRuns()[0].id;
    expect(comparable(await summaryJson(into, mergedId))).toEqual(comparable(await summaryJson(whole, wholeId)));

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
  }, 240_000);
});
