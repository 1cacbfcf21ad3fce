// Starts or resumes a run: records it, opens the adapter, hands the stories to the mode, and
// measures what the run cost.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_ANSWER_CAP } from '../adapter/boundary.js';
import { systemIdentity, type AdapterConfig, type AdapterDefinition } from '../adapter/contract.js';
import { expandEnvReferences, redactSecrets } from '../adapter/secrets.js';
import type { Corpus } from '../corpus/model.js';
import { ThreadlineError } from '../errors.js';
import type { GradingRule } from '../grading/rules.js';
import { DEFAULT_BUDGET, type Budget } from '../grading/budget.js';
import {
  currentRules,
  describeConvergenceBudget,
  describeEmotionMatch,
  describeEndOfRunClock,
  recordedRules,
  sameRules,
} from '../grading/run-rules.js';
import { storyGround } from '../properties/story-ground.js';
import type { RunMetrics, RunMode, RunRecord, RunScope } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';
import { HARNESS_VERSION } from '../version.js';
import { runCumulative } from './cumulative.js';
import { directorySize } from './disk-usage.js';
import type { RunEventListener } from './events.js';
import { runIsolated } from './isolated.js';
import type { ProbeSpec } from './probes.js';
import type { ModeContext } from './mode-context.js';
import { registerActiveRun } from './active-runs.js';
import { FatalGuard } from './fatal-guard.js';
import { RunLeaseHolder } from './lease.js';
import { AdapterSession, CallMeter } from './session.js';
import type { CallOutcome } from '../adapter/call.js';
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
  /** Answer budget recorded with the run (reports grade within it); null: none. */
  budget?: Budget;
  /** A name for this configuration variant. */
  label?: string;
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
  /** What each worker of a parallel run opens (default: `adapter`); see workerAdapter in src/api/execute-run.ts. */
  workerAdapter?: AdapterDefinition;
  /** Isolated mode: play only this slice of the corpus (recorded with the run). */
  shard?: Shard;
  /** Extra options to record with the run (probe readers, repeat index…), for reproduction. */
  extra?: Record<string, unknown>;
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
    throw new ThreadlineError(
      'SHARD_CUMULATIVE',
      'a cumulative run cannot be sharded: its stories share one store, in order (split a bench by --adapters instead)',
    );
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
    // Secrets stay in this process: the record (and every report and export made from it) gets "***".
    adapterConfig: redactSecrets(opts.adapterConfig, opts.adapter.secretFields),
    llmInLoop: system.llmInLoop ?? false,
    mode: opts.mode,
    scope: opts.scope,
    grading: opts.grading.name,
    budget: opts.budget === undefined ? DEFAULT_BUDGET : opts.budget,
    ...(opts.label ? { label: opts.label } : {}),
    timeoutMs: opts.timeoutMs,
    status: 'running',
    startedAt: new Date().toISOString(),
    // The boundary's cap is part of how answers were graded, so it is recorded with the run.
    options: {
      ...redactSecrets(opts.extra ?? {}),
      limits: { answerChars: DEFAULT_ANSWER_CAP },
      rules: currentRules(opts.budget === undefined ? DEFAULT_BUDGET : opts.budget),
      ...(opts.shard ? { shard: opts.shard } : {}),
    },
  };
  opts.store.createRun(run);
  const lease = RunLeaseHolder.acquire(opts.store, run.id);
  opts.store.saveGround(run.id, storyGround(opts.corpus));
  return execute(run, opts, false, lease);
}

/** Finishes a run that was interrupted, without redoing the stories it already saved. */
export async function resumeRun(run: RunRecord, opts: RunOptions): Promise<RunRecord> {
  if (run.corpusHash !== opts.corpus.hash) {
    throw new ThreadlineError(
      'CORPUS_CHANGED',
      `run ${run.id} was made on corpus ${run.corpusHash.slice(0, 12)}, but ${opts.corpusPath} is now ${opts.corpus.hash.slice(0, 12)}; cannot resume`,
    );
  }
  const system = systemIdentity(opts.adapter, opts.adapterConfig);
  if (run.adapterName !== system.name || run.adapterVersion !== system.version) {
    throw new ThreadlineError(
      'ADAPTER_CHANGED',
      `run ${run.id} used ${run.adapterName}@${run.adapterVersion}, not ${system.name}@${system.version}; cannot resume`,
    );
  }
  if (run.status === 'complete') throw new ThreadlineError('RUN_COMPLETE', `run ${run.id} is already complete`);
  const rules = recordedRules(run);
  if (!sameRules(rules, currentRules(run.budget === undefined ? DEFAULT_BUDGET : run.budget))) {
    throw new ThreadlineError(
      'RULES_CHANGED',
      `run ${run.id} was made under earlier grading rules (CP7 convergence budget: ${describeConvergenceBudget(rules)}; end-of-run clock: ${describeEndOfRunClock(rules)}; CP10 emotion: ${describeEmotionMatch(rules)}); finishing it now would mix rules in one run: start a new run`,
    );
  }
  // Taken before anything is written: a second resume of a live run stops here, changing nothing.
  const lease = RunLeaseHolder.acquire(opts.store, run.id);
  const current = opts.store.getRun(run.id) ?? run;
  if (current.status === 'complete') {
    lease.release();
    throw new ThreadlineError('RUN_COMPLETE', `run ${run.id} is already complete`);
  }
  opts.store.finishRun(run.id, 'running', '', undefined);
  return execute({ ...current, status: 'running' }, opts, true, lease);
}

/**
 * The store as the modes see it: every write first checks that this process still holds the run's
 * lease and that no adapter code has ended the run abnormally, so nothing is saved after either.
 */
function guardedStore(store: ResultsStore, lease: RunLeaseHolder, guard: FatalGuard): ResultsStore {
  const check = () => {
    if (guard.reason) throw new Error(guard.reason);
    lease.assertHeld();
  };
  return Object.assign(Object.create(store) as ResultsStore, {
    saveStory: (runId: string, result: Parameters<ResultsStore['saveStory']>[1]) => (check(), store.saveStory(runId, result)),
    savePhase: (runId: string, storyId: string, phase: string, questions: Parameters<ResultsStore['savePhase']>[3]) => (
      check(),
      store.savePhase(runId, storyId, phase, questions)
    ),
    // A writer that lost the lease leaves the run's status to the process that took it over.
    finishRun: (...args: Parameters<ResultsStore['finishRun']>) => {
      if (lease.renew()) store.finishRun(...args);
    },
  });
}

async function execute(run: RunRecord, opts: RunOptions, resumed: boolean, lease: RunLeaseHolder): Promise<RunRecord> {
  const guard = new FatalGuard();
  guard.install();
  const unregister = registerActiveRun({ runId: run.id, store: opts.store, lease });
  try {
    return await play(run, { ...opts, store: guardedStore(opts.store, lease, guard) }, resumed, guard);
  } finally {
    guard.uninstall();
    unregister();
    lease.release();
  }
}

async function play(run: RunRecord, opts: RunOptions, resumed: boolean, guard: FatalGuard): Promise<RunRecord> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const emit = opts.emit ?? (() => {});
  const finished = opts.store.finishedStories(run.id);
  const planned = storiesToPlay(opts.corpus.stories, shardOf(run.options));
  const pending = planned.filter(({ story }) => !finished.has(story.id)).length;
  emit({
    type: 'run-start',
    run,
    resumed,
    storiesToPlay: pending,
    storiesTotal: planned.length,
  });
  const dataDir = dataDirFor(opts.dataRoot, run.id);
  const meter = new CallMeter();
  let liveConfig: AdapterConfig;
  try {
    liveConfig = expandEnvReferences(opts.adapterConfig);
  } catch (error) {
    return finish(run, opts, emit, 'failed', (error as Error).message);
  }
  // Probes close and reopen the one instance, so a run with probes plays with one worker.
  // No more workers than stories left to play.
  const workers = run.mode === 'isolated' && (opts.probes ?? []).length === 0 ? Math.max(1, Math.min(opts.concurrency ?? 1, pending)) : 1;
  const workerAdapter = workers > 1 ? (opts.workerAdapter ?? opts.adapter) : opts.adapter;
  const open = () => AdapterSession.open(workerAdapter, liveConfig, dataDir, run.timeoutMs, meter);
  // The other workers start opening beside the first: a worker's child process loading a model takes a while.
  const others = new Map<number, Promise<CallOutcome<AdapterSession>>>();
  for (let k = 1; k < workers; k++)
    others.set(k, AdapterSession.open(workerAdapter, liveConfig, path.join(dataDir, `worker-${k}`), run.timeoutMs, meter));
  const closeOthers = async () => {
    const settled = await Promise.all(others.values());
    await Promise.all(settled.map((worker) => (worker.ok ? worker.value.close() : undefined)));
  };
  const opened = await Promise.race([open(), guard.tripped]).catch((e: Error) => ({ ok: false as const, error: e.message }));
  if (!opened.ok) {
    await closeOthers();
    return finish(run, opts, emit, 'failed', `adapter ${run.adapterName}: ${opened.error}`);
  }
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
    workers,
    openWorker: async (k) => {
      const worker = await (others.get(k) ??
        AdapterSession.open(workerAdapter, liveConfig, path.join(dataDir, `worker-${k}`), run.timeoutMs, meter));
      if (!worker.ok) throw new Error(`cannot open adapter worker ${k}: ${worker.error}`);
      return worker.value;
    },
  };
  let error: string | undefined;
  try {
    // The modes never throw for an adapter's failure; the guard trips when adapter code ends the
    // process's normal flow (process.exit, a throw from a timer), and then the run stops here.
    await Promise.race([run.mode === 'isolated' ? runIsolated(ctx, finished) : runCumulative(ctx, finished), guard.tripped]);
  } catch (e) {
    error = guard.reason ? `the run ended abnormally: ${guard.reason}` : `harness error: ${(e as Error).stack ?? String(e)}`;
  } finally {
    await ctx.session.close();
    await closeOthers();
  }
  // Let timers the adapter left behind fire while the guard still listens, so a late throw fails this run.
  await new Promise((resolve) => setTimeout(resolve, 10));
  if (guard.reason && !error) error = `the run ended abnormally: ${guard.reason}`;
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

function finish(
  run: RunRecord,
  opts: RunOptions,
  emit: RunEventListener,
  status: RunRecord['status'],
  error?: string,
  metrics?: RunMetrics,
): RunRecord {
  const endedAt = new Date().toISOString();
  opts.store.finishRun(run.id, status, endedAt, error, metrics);
  const done = { ...run, status, endedAt, error, metrics };
  emit({ type: 'run-end', run: done });
  return done;
}
