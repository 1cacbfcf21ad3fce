// Starts or resumes a run: records it, opens the adapter, hands the stories to the mode, and
// measures what the run cost.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { systemIdentity, type AdapterConfig, type AdapterDefinition } from '../adapter/contract.js';
import type { Corpus } from '../corpus/model.js';
import { ThreadlineError } from '../errors.js';
import type { GradingRule } from '../grading/rules.js';
import { storyGround } from '../properties/story-ground.js';
import type { RunMetrics, RunMode, RunRecord, RunScope } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';
import { HARNESS_VERSION } from '../version.js';
import { runCumulative } from './cumulative.js';
import { directorySize } from './disk-usage.js';
import type { RunEventListener } from './events.js';
import { runIsolated } from './isolated.js';
import type { ProbeContext, ProbeSpec } from './probes.js';
import { AdapterSession, CallMeter } from './session.js';
import { shardOf, storiesToPlay, type Shard } from './shard.js';

export interface RunOptions {
  corpus: Corpus;
  corpusPath: string;
  adapterSpec: string;
  adapter: AdapterDefinition;
  adapterConfig: AdapterConfig;
  mode: RunMode;
  scope: RunScope;
  grading: GradingRule;
  timeoutMs: number;
  /** Adapter data directories live under here, one per run. */
  dataRoot: string;
  store: ResultsStore;
  emit?: RunEventListener;
  /** Keep the adapter's data directory after a successful run. */
  keepData?: boolean;
  /** Property probes to run after the write path (P1 persistence, P6 model independence). */
  probes?: ProbeSpec[];
  /** Isolated mode: stories played at once, each worker with its own adapter instance. */
  concurrency?: number;
  /** Isolated mode: play only this slice of the corpus (recorded with the run). */
  shard?: Shard;
  /** Extra options to record with the run (probe readers, repeat index…), for reproduction. */
  extra?: Record<string, unknown>;
}

export interface ModeContext {
  run: RunRecord;
  corpus: Corpus;
  /** The live instance; probes close it and `reopen` replaces it. */
  session: AdapterSession;
  reopen(): Promise<void>;
  grading: GradingRule;
  store: ResultsStore;
  emit: RunEventListener;
  probes: ProbeSpec[];
  probeContext: ProbeContext;
  /** Isolated mode: how many workers play stories at once. */
  workers: number;
  /** Opens worker k's own adapter instance on its own data directory. */
  openWorker(k: number): Promise<AdapterSession>;
}

export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${stamp.slice(0, 8)}-${stamp.slice(8)}-${randomBytes(3).toString('hex')}`;
}

export function dataDirFor(dataRoot: string, runId: string): string {
  return path.join(dataRoot, runId);
}

export async function startRun(opts: RunOptions): Promise<RunRecord> {
  if (opts.shard && opts.mode === 'cumulative') {
    throw new ThreadlineError('SHARD_CUMULATIVE', 'a cumulative run cannot be sharded: its stories share one store, in order (split a bench by --adapters instead)');
  }
  const system = systemIdentity(opts.adapter, opts.adapterConfig);
  const run: RunRecord = {
    id: newRunId(),
    harnessVersion: HARNESS_VERSION,
    corpusPath: opts.corpusPath,
    corpusHash: opts.corpus.hash,
    storyCount: opts.corpus.stories.length,
    adapterName: system.name,
    adapterVersion: system.version,
    adapterSpec: opts.adapterSpec,
    adapterConfig: opts.adapterConfig,
    llmInLoop: system.llmInLoop ?? false,
    mode: opts.mode,
    scope: opts.scope,
    grading: opts.grading.name,
    timeoutMs: opts.timeoutMs,
    status: 'running',
    startedAt: new Date().toISOString(),
    options: { ...(opts.extra ?? {}), ...(opts.shard ? { shard: opts.shard } : {}) },
  };
  opts.store.createRun(run);
  opts.store.saveGround(run.id, storyGround(opts.corpus));
  return execute(run, opts, false);
}

/** Finishes a run that was interrupted, without redoing the stories it already saved. */
export async function resumeRun(run: RunRecord, opts: RunOptions): Promise<RunRecord> {
  if (run.corpusHash !== opts.corpus.hash) {
    throw new ThreadlineError('CORPUS_CHANGED', `run ${run.id} was made on corpus ${run.corpusHash.slice(0, 12)}, but ${opts.corpusPath} is now ${opts.corpus.hash.slice(0, 12)}; cannot resume`);
  }
  const system = systemIdentity(opts.adapter, run.adapterConfig);
  if (run.adapterName !== system.name || run.adapterVersion !== system.version) {
    throw new ThreadlineError('ADAPTER_CHANGED', `run ${run.id} used ${run.adapterName}@${run.adapterVersion}, not ${system.name}@${system.version}; cannot resume`);
  }
  if (run.status === 'complete') throw new ThreadlineError('RUN_COMPLETE', `run ${run.id} is already complete`);
  opts.store.finishRun(run.id, 'running', '', undefined);
  return execute({ ...run, status: 'running' }, opts, true);
}

async function execute(run: RunRecord, opts: RunOptions, resumed: boolean): Promise<RunRecord> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const emit = opts.emit ?? (() => {});
  const finished = opts.store.finishedStories(run.id);
  const planned = storiesToPlay(opts.corpus.stories, shardOf(run.options));
  emit({ type: 'run-start', run, resumed, storiesToPlay: planned.filter(({ story }) => !finished.has(story.id)).length, storiesTotal: planned.length });
  const dataDir = dataDirFor(opts.dataRoot, run.id);
  const meter = new CallMeter();
  const open = () => AdapterSession.open(opts.adapter, run.adapterConfig, dataDir, run.timeoutMs, meter);
  const opened = await open();
  if (!opened.ok) return finish(run, opts, emit, 'failed', `adapter ${run.adapterName}: ${opened.error}`);
  const ctx: ModeContext = {
    run,
    corpus: opts.corpus,
    session: opened.value,
    reopen: async () => {
      const again = await open();
      if (!again.ok) throw new Error(`cannot reopen the adapter after a probe: ${again.error}`);
      ctx.session = again.value;
    },
    grading: opts.grading,
    store: opts.store,
    emit,
    probes: opts.probes ?? [],
    probeContext: { dataDir, timeoutMs: run.timeoutMs, scope: run.scope, rule: opts.grading, meter },
    workers: run.mode === 'isolated' ? Math.max(1, opts.concurrency ?? 1) : 1,
    openWorker: async (k) => {
      const worker = await AdapterSession.open(opts.adapter, run.adapterConfig, path.join(dataDir, `worker-${k}`), run.timeoutMs, meter);
      if (!worker.ok) throw new Error(`cannot open adapter worker ${k}: ${worker.error}`);
      return worker.value;
    },
  };
  let error: string | undefined;
  try {
    if (run.mode === 'isolated') await runIsolated(ctx, finished);
    else await runCumulative(ctx, finished);
  } catch (e) {
    error = `harness error: ${(e as Error).stack ?? String(e)}`;
  } finally {
    await ctx.session.close();
  }
  const wallMs = performance.now() - started;
  const metrics: RunMetrics = {
    wallMs,
    adapterMs: meter.ms,
    // With several workers, adapter time adds up across them; the harness's share is the rest of
    // the wall time of an average worker.
    harnessMs: Math.max(0, wallMs - meter.ms / ctx.workers),
    storeBytes: await directorySize(dataDir),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuMs: cpuMsSince(cpuAtStart),
  };
  if (!error && !opts.keepData) await rm(dataDir, { recursive: true, force: true });
  return finish(run, opts, emit, error ? 'failed' : 'complete', error, metrics);
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function finish(run: RunRecord, opts: RunOptions, emit: RunEventListener, status: RunRecord['status'], error?: string, metrics?: RunMetrics): RunRecord {
  const endedAt = new Date().toISOString();
  opts.store.finishRun(run.id, status, endedAt, error, metrics);
  const done = { ...run, status, endedAt, error, metrics };
  emit({ type: 'run-end', run: done });
  return done;
}
