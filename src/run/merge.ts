// Joins the shards of an isolated run (`run --shard i/n`, possibly made on different machines, each
// in its own results database or loaded from its export) into one run, row for row what an
// unsharded run would have stored.
import { ThreadlineError } from '../errors.js';
import { recordedRules } from '../grading/run-rules.js';
import { openDatabase } from '../sqlite.js';
import type { RunRecord } from '../store/records.js';
import { newRunId } from './runner.js';
import { shardOf, type Shard } from './shard.js';
import type { ResultsStore } from '../store/store.js';

export interface ShardedRun {
  file: string;
  run: RunRecord;
  shard: Shard;
}

/**
 * The runs that belong together: same corpus, system, configuration, mode, scope, grading, recorded
 * rules (src/grading/run-rules.ts: shards graded under different rules never merge) and shard count.
 */
const groupKey = (r: RunRecord, shard: Shard) =>
  JSON.stringify([
    r.corpusHash,
    r.adapterName,
    r.adapterVersion,
    r.adapterSpec,
    r.adapterConfig,
    r.mode,
    r.scope,
    r.grading,
    recordedRules(r),
    r.timeoutMs,
    shard.count,
  ]);

export function findShards(files: string[], readRuns: (file: string) => RunRecord[]): Map<string, ShardedRun[]> {
  const groups = new Map<string, ShardedRun[]>();
  for (const file of files) {
    for (const run of readRuns(file)) {
      const shard = shardOf(run.options);
      if (!shard) continue;
      const key = groupKey(run, shard);
      groups.set(key, [...(groups.get(key) ?? []), { file, run, shard }]);
    }
  }
  return groups;
}

/** Checks that a group holds each shard exactly once, all complete. */
export function checkComplete(group: ShardedRun[]): void {
  const { run, shard } = group[0];
  const label = `${run.adapterName} ${run.mode}/${run.scope} over ${run.corpusHash.slice(0, 12)}`;
  for (let i = 1; i <= shard.count; i++) {
    const found = group.filter((g) => g.shard.index === i);
    if (found.length === 0) throw new ThreadlineError('SHARD_MISSING', `${label}: shard ${i}/${shard.count} is missing`);
    if (found.length > 1)
      throw new ThreadlineError(
        'SHARD_TWICE',
        `${label}: shard ${i}/${shard.count} appears ${found.length} times (${found.map((f) => f.run.id).join(', ')}); prune the extra runs first`,
      );
    if (found[0].run.status !== 'complete')
      throw new ThreadlineError(
        'SHARD_INCOMPLETE',
        `${label}: shard ${i}/${shard.count} (run ${found[0].run.id}) is ${found[0].run.status}; resume it first`,
      );
  }
}

const TABLES: Array<{ table: string; columns: string }> = [
  { table: 'stories', columns: 'story_id, seq, name, category, status, error, started_at, ended_at, dump, dump_blob' },
  { table: 'turns', columns: 'story_id, turn_index, batch, latency_ms, outcome, error, diagnostics' },
  {
    table: 'questions',
    columns:
      'story_id, question_id, phase, seq, question, expected, must_not_contain, answer, answer_blob, outcome, reason, latency_ms, diagnostics',
  },
  { table: 'phase_progress', columns: 'story_id, phase' },
  { table: 'checkpoint_findings', columns: 'story_id, seq, checkpoint, item, question_id, batch, status, reason' },
];

/**
 * Writes one merged run into `intoFile` and returns it. Metrics add up across shards, except wall
 * time, which is the longest shard's (the shards ran side by side).
 */
export function mergeShards(group: ShardedRun[], intoFile: string, into: ResultsStore): RunRecord {
  checkComplete(group);
  const sorted = [...group].sort((a, b) => a.shard.index - b.shard.index);
  const first = sorted[0].run;
  const { shard: _shard, ...options } = first.options;
  const metrics = sorted.every((g) => g.run.metrics)
    ? {
        wallMs: Math.max(...sorted.map((g) => g.run.metrics!.wallMs)),
        adapterMs: sorted.reduce((n, g) => n + g.run.metrics!.adapterMs, 0),
        harnessMs: sorted.reduce((n, g) => n + g.run.metrics!.harnessMs, 0),
        storeBytes: Math.max(...sorted.map((g) => g.run.metrics!.storeBytes)),
        peakRssBytes: Math.max(...sorted.map((g) => g.run.metrics!.peakRssBytes)),
        ...(sorted.every((g) => g.run.metrics!.cpuMs !== undefined)
          ? { cpuMs: sorted.reduce((n, g) => n + g.run.metrics!.cpuMs!, 0) }
          : {}),
      }
    : undefined;
  const merged: RunRecord = {
    ...first,
    id: newRunId(),
    status: 'running',
    startedAt: sorted.map((g) => g.run.startedAt).sort()[0],
    endedAt: undefined,
    error: undefined,
    metrics: undefined,
    options: { ...options, mergedFrom: sorted.map((g) => ({ run: g.run.id, shard: `${g.shard.index}/${g.shard.count}` })) },
  };
  into.createRun(merged);
  const db = openDatabase(intoFile);
  try {
    db.pragma('foreign_keys = ON');
    for (const { file, run } of sorted) {
      db.prepare('ATTACH DATABASE ? AS shard').run(file);
      try {
        db.transaction(() => {
          for (const { table, columns } of TABLES) {
            db.prepare(
              `INSERT OR REPLACE INTO ${table} (run_id, ${columns}) SELECT ?, ${columns} FROM shard.${table} WHERE run_id = ?`,
            ).run(merged.id, run.id);
          }
          // A shard run stored the whole corpus's ground truth, a shard's export only its own
          // stories': the first copy of each story's is kept.
          db.prepare(
            'INSERT OR IGNORE INTO story_ground (run_id, story_id, ground) SELECT ?, story_id, ground FROM shard.story_ground WHERE run_id = ?',
          ).run(merged.id, run.id);
          db.prepare(
            `INSERT OR IGNORE INTO blobs (hash, codec, data) SELECT hash, codec, data FROM shard.blobs WHERE hash IN (
               SELECT answer_blob FROM shard.questions WHERE run_id = ? UNION SELECT dump_blob FROM shard.stories WHERE run_id = ?)`,
          ).run(run.id, run.id);
        })();
      } finally {
        db.prepare('DETACH DATABASE shard').run();
      }
    }
  } finally {
    db.close();
  }
  const endedAt =
    sorted
      .map((g) => g.run.endedAt ?? '')
      .sort()
      .at(-1) ?? new Date().toISOString();
  into.finishRun(merged.id, 'complete', endedAt, undefined, metrics);
  return { ...merged, status: 'complete', endedAt, metrics };
}
