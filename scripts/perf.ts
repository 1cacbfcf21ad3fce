// `npm run perf`: how the harness scales. Generates corpora (default 1,000 and 10,000 stories, seed 3,
// collision medium), runs `sqlite-fts` and `null` cumulative over each, rescoring and a leaderboard
// build, the startup time of `--help` and `adapters`, and the speed-up of `vector` isolated over
// corpus/ with --concurrency 2. Prints a table and writes perf/last.json (the previous one is kept
// as perf/previous.json and compared against).
//
//   npm run perf -- [--sizes 1000,10000] [--adapters sqlite-fts,null] [--no-vector] [--out perf/last.json]
//
// Every command runs as a child process, as a user runs it; wall time, CPU time and peak RSS come
// from /usr/bin/time when it exists, the run's own harness/adapter split from the results store.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/sqlite.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin/threadline.js');
const GNU_TIME = '/usr/bin/time';

interface Args {
  sizes: number[];
  adapters: string[];
  vector: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [1_000, 10_000], adapters: ['sqlite-fts', 'null'], vector: true, out: path.join(ROOT, 'perf/last.json') };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i] ?? '';
    if (argv[i] === '--sizes') args.sizes = value().split(',').map(Number);
    else if (argv[i] === '--adapters') args.adapters = value().split(',');
    else if (argv[i] === '--no-vector') args.vector = false;
    else if (argv[i] === '--out') args.out = path.resolve(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

interface Timed {
  code: number | null;
  wallMs: number;
  cpuMs?: number;
  peakRssBytes?: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process under /usr/bin/time (when present) for CPU time and peak RSS. */
function cli(args: string[]): Promise<Timed> {
  const gnu = existsSync(GNU_TIME);
  const [command, argv] = gnu
    ? [GNU_TIME, ['-f', '@@perf %e %U %S %M', process.execPath, CLI, ...args]]
    : [process.execPath, [CLI, ...args]];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const line = /@@perf (\S+) (\S+) (\S+) (\d+)/.exec(stderr);
      resolve({
        code,
        wallMs,
        cpuMs: line ? (Number(line[2]) + Number(line[3])) * 1000 : undefined,
        peakRssBytes: line ? Number(line[4]) * 1024 : undefined,
        stdout,
        stderr: stderr.replace(/@@perf.*\n?/, ''),
      });
    });
  });
}

async function must(args: string[]): Promise<Timed> {
  const result = await cli(args);
  if (result.code !== 0) throw new Error(`threadline ${args.join(' ')} exited ${result.code}: ${result.stderr.slice(-2000)}`);
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startup(): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const [name, args] of [
    ['--help', ['--help']],
    ['adapters', ['adapters']],
  ] as const) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push((await must([...args])).wallMs);
    times[name] = Math.round(median(runs));
  }
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await new Promise((resolve) => spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }).on('close', resolve));
    bare.push(performance.now() - started);
  }
  times['node -e ""'] = Math.round(median(bare));
  return times;
}

interface RunFigures {
  stories: number;
  adapter: string;
  runId: string;
  corpusHash: string;
  commandWallMs: number;
  commandCpuMs?: number;
  peakRssBytes?: number;
  wallMs: number;
  harnessMs: number;
  adapterMs: number;
  harnessShare: number;
  harnessMsPerStory: number;
  /** CPU time of the run phase (harness plus in-process adapter), per story. */
  runCpuMsPerStory?: number;
  answers: number;
  dbBytes: number;
  dbBytesPerAnswer: number;
  /** 1-minute load average when the run started and when it ended (other jobs on the machine). */
  loadAverage: [number, number];
}

function latestRun(db: string): {
  id: string;
  corpusHash: string;
  metrics: { wallMs: number; harnessMs: number; adapterMs: number; cpuMs?: number };
  answers: number;
} {
  const handle = openDatabase(db);
  try {
    handle.pragma('wal_checkpoint(TRUNCATE)');
    const row = handle.prepare('SELECT id, metrics, corpus_hash FROM runs ORDER BY started_at DESC LIMIT 1').get() as {
      id: string;
      metrics: string;
      corpus_hash: string;
    };
    const answers = handle.prepare('SELECT COUNT(*) FROM questions WHERE run_id = ?').pluck().get(row.id) as number;
    return { id: row.id, corpusHash: row.corpus_hash, metrics: JSON.parse(row.metrics), answers };
  } finally {
    handle.close();
  }
}

async function cumulativeRun(corpus: string, stories: number, adapter: string, db: string): Promise<RunFigures> {
  const loadBefore = os.loadavg()[0];
  const timed = await must(['run', corpus, '--adapter', adapter, '--mode', 'cumulative', '--db', db, '-q']);
  const { id, corpusHash, metrics, answers } = latestRun(db);
  const dbBytes = statSync(db).size;
  return {
    stories,
    adapter,
    runId: id,
    corpusHash,
    commandWallMs: Math.round(timed.wallMs),
    commandCpuMs: timed.cpuMs,
    peakRssBytes: timed.peakRssBytes,
    wallMs: Math.round(metrics.wallMs),
    harnessMs: Math.round(metrics.harnessMs),
    adapterMs: Math.round(metrics.adapterMs),
    harnessShare: metrics.harnessMs / metrics.wallMs,
    harnessMsPerStory: metrics.harnessMs / stories,
    runCpuMsPerStory: metrics.cpuMs === undefined ? undefined : metrics.cpuMs / stories,
    answers,
    dbBytes,
    dbBytesPerAnswer: Math.round(dbBytes / Math.max(1, answers)),
    loadAverage: [loadBefore, os.loadavg()[0]],
  };
}

async function outcomes(db: string): Promise<string> {
  const handle = openDatabase(db);
  try {
    const run = handle.prepare('SELECT id FROM runs ORDER BY started_at DESC LIMIT 1').pluck().get() as string;
    return JSON.stringify(
      handle.prepare('SELECT question_id, phase, outcome, answer, answer_blob FROM questions WHERE run_id = ? ORDER BY seq').all(run),
    );
  } finally {
    handle.close();
  }
}

/**
 * `vector` isolated over corpus/, serial and with --concurrency 2 (each worker in a child process of
 * its own, loading its own model: that counts). The two alternate VECTOR_PAIRS times, so a change in
 * the machine's load hits both alike; the load average is recorded beside each pair.
 */
const VECTOR_PAIRS = 2;

async function vectorSpeedup(dir: string) {
  const pairs: Array<Record<string, number | number[] | undefined>> = [];
  let sameOutcomes = true;
  for (let i = 1; i <= VECTOR_PAIRS; i++) {
    const serialDb = path.join(dir, `vector-serial-${i}.db`);
    const parallelDb = path.join(dir, `vector-parallel-${i}.db`);
    const loadBefore = os.loadavg()[0];
    const serial = await must(['run', 'corpus', '--adapter', 'vector', '--db', serialDb, '-q']);
    const parallel = await must(['run', 'corpus', '--adapter', 'vector', '--concurrency', '2', '--db', parallelDb, '-q']);
    sameOutcomes &&= (await outcomes(serialDb)) === (await outcomes(parallelDb));
    pairs.push({
      serialWallMs: Math.round(serial.wallMs),
      concurrency2WallMs: Math.round(parallel.wallMs),
      speedup: serial.wallMs / parallel.wallMs,
      serialCpuMs: serial.cpuMs,
      concurrency2CpuMs: parallel.cpuMs,
      loadAverageBeforeAndAfter: [loadBefore, os.loadavg()[0]],
    });
  }
  const speedups = pairs.map((p) => p.speedup as number);
  return {
    pairs,
    speedup: speedups.reduce((a, b) => a + b, 0) / speedups.length,
    sameOutcomes,
    cpus: os.cpus().length,
  };
}

const s = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // The compiled CLI, as users run it (bin/threadline.js falls back to compiling the sources on the fly).
  await new Promise((resolve, reject) =>
    spawn(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' })
      .on('error', reject)
      .on('close', (code) => (code === 0 ? resolve(code) : reject(new Error(`build exited ${code}`)))),
  );
  mkdirSync(path.dirname(args.out), { recursive: true });
  const partial = path.join(path.dirname(args.out), 'partial.json');
  /** Figures so far, so a long measurement cut short still leaves what it measured. */
  const checkpoint = () => writeFileSync(partial, `${JSON.stringify(report, null, 2)}\n`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'threadline-perf-'));
  const report: Record<string, unknown> = {
    when: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtStart: os.loadavg(),
  };
  try {
    report.startupMs = await startup();
    checkpoint();
    console.log('startup (median of 5, ms):', report.startupMs);
    if (args.vector) {
      report.vectorConcurrency2 = await vectorSpeedup(dir);
      console.log('vector isolated over corpus/, --concurrency 2 vs serial:', report.vectorConcurrency2);
      checkpoint();
    }
    const runs: RunFigures[] = [];
    const phases: Array<Record<string, unknown>> = [];
    for (const stories of args.sizes) {
      const corpus = path.join(dir, `corpus-${stories}`);
      const generated = await must(['generate', '--stories', String(stories), '--seed', '3', '--collision', 'medium', '--out', corpus]);
      phases.push({ stories, phase: 'generate', wallMs: Math.round(generated.wallMs) });
      for (const adapter of args.adapters) {
        const db = path.join(dir, `${adapter}-${stories}.db`);
        const figures = await cumulativeRun(corpus, stories, adapter, db);
        runs.push(figures);
        report.runs = runs;
        checkpoint();
        console.log(
          `${stories} stories ${adapter} cumulative: command ${s(figures.commandWallMs)} (cpu ${s(figures.commandCpuMs)}), run ${s(figures.wallMs)} = harness ${s(figures.harnessMs)} + adapter ${s(figures.adapterMs)} (harness ${(figures.harnessShare * 100).toFixed(0)}%, ${figures.harnessMsPerStory.toFixed(2)} ms/story; run cpu ${figures.runCpuMsPerStory?.toFixed(2)} ms/story), peak RSS ${mb(figures.peakRssBytes)}, DB ${(figures.dbBytesPerAnswer / 1024).toFixed(2)} KiB/answer, load average ${figures.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`,
        );
        const exported = path.join(dir, `${adapter}-${stories}.json`);
        const exportRun = await must(['report', figures.runId, '--format', 'json', '--db', db, '--out', exported]);
        const rescore = await must(['rescore', exported]);
        const leaderboard = await must([
          'leaderboard',
          '--corpus-hash',
          figures.corpusHash,
          '--db',
          db,
          '--out',
          path.join(dir, `board-${adapter}-${stories}`),
        ]);
        const phase = {
          stories,
          adapter,
          exportWallMs: Math.round(exportRun.wallMs),
          exportPeakRssBytes: exportRun.peakRssBytes,
          rescoreWallMs: Math.round(rescore.wallMs),
          rescorePeakRssBytes: rescore.peakRssBytes,
          leaderboardWallMs: Math.round(leaderboard.wallMs),
          leaderboardPeakRssBytes: leaderboard.peakRssBytes,
        };
        phases.push(phase);
        report.phases = phases;
        checkpoint();
        console.log(
          `  export ${s(phase.exportWallMs)} (${mb(phase.exportPeakRssBytes)}), rescore ${s(phase.rescoreWallMs)} (${mb(phase.rescorePeakRssBytes)}), leaderboard ${s(phase.leaderboardWallMs)} (${mb(phase.leaderboardPeakRssBytes)})`,
        );
        await rm(exported, { force: true });
      }
      await rm(corpus, { recursive: true, force: true });
    }
    report.runs = runs;
    report.phases = phases;
    const [small, large] = [Math.min(...args.sizes), Math.max(...args.sizes)];
    report.perStoryRatio = Object.fromEntries(
      args.adapters.map((adapter) => {
        const a = runs.find((r) => r.adapter === adapter && r.stories === small);
        const b = runs.find((r) => r.adapter === adapter && r.stories === large);
        return [
          adapter,
          a && b && a !== b
            ? {
                harnessWallPerStory: b.harnessMsPerStory / a.harnessMsPerStory,
                runCpuPerStory: a.runCpuMsPerStory && b.runCpuMsPerStory ? b.runCpuMsPerStory / a.runCpuMsPerStory : null,
              }
            : null,
        ];
      }),
    );
    console.log(`harness ms/story at ${large} ÷ at ${small}:`, report.perStoryRatio);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (existsSync(args.out)) {
    const previous = JSON.parse(readFileSync(args.out, 'utf8'));
    console.log(`previous figures (${previous.when}):`, { startupMs: previous.startupMs, perStoryRatio: previous.perStoryRatio });
    renameSync(args.out, path.join(path.dirname(args.out), 'previous.json'));
  }
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  await rm(partial, { force: true });
  console.log(`figures written to ${path.relative(process.cwd(), args.out)}`);
}

await main();
