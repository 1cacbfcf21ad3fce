// Starts or resumes one run from a run configuration: resolves and validates the adapter (and any
// probe readers), records the parsed configuration with the run, and summarises the result. The
// library's runBenchmark and the CLI's run and bench all go through here.
import { availableParallelism } from 'node:os';
import { resolveAdapter, withPlayedCorpus, worksOutOfProcess } from '../../adapters/index.js';
import { validateAdapterConfig } from '../adapter/config.js';
import { coolDownWorkers, isolatedDefinition, isolatedWorkers, warmUpWorkers } from '../adapter/isolated-process.js';
import type { AdapterConfig, AdapterDefinition } from '../adapter/contract.js';
import { storableConfig, type RunConfig } from '../config/run-config.js';
import type { Corpus } from '../corpus/model.js';
import { gradingRule } from '../grading/rules.js';
import type { FirstFailure } from '../report/checkpoint-summary.js';
import { summarizeStoredRun } from '../report/streamed-run.js';
import type { RunSummary } from '../report/summary.js';
import type { RunEventListener } from '../run/events.js';
import type { ProbeSpec } from '../run/probes.js';
import { resumeRun, startRun } from '../run/runner.js';
import type { RunRecord, StoredRun } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';

export interface ExecuteRequest {
  config: RunConfig;
  corpus: Corpus;
  store: ResultsStore;
  /** Adapter data directories live under here, one per run. */
  dataRoot: string;
  emit?: RunEventListener;
  /** The stored run to finish; `config` is then the one it recorded. */
  resume?: RunRecord;
  /** Recorded with the run besides its configuration (repeat index…). */
  extra?: Record<string, unknown>;
}

export interface RunOutcome {
  run: RunRecord;
  /** The run's outline: no answers, findings or diagnostics (see src/report/streamed-run.ts); `store.loadRun` has them. */
  stored: StoredRun;
  summary: RunSummary;
  firstFailures: FirstFailure[];
}

const definitionOf = (ref: string | AdapterDefinition) => (typeof ref === 'string' ? resolveAdapter(ref) : Promise.resolve(ref));

/**
 * Loads the adapter and checks its config (before anything is recorded): a usage error names the bad
 * key. A parallel run whose workers run in child processes starts those processes here, so they load
 * while the harness reads the corpus.
 */
export async function prepareAdapter(
  config: RunConfig,
): Promise<{ adapter: AdapterDefinition; adapterConfig: AdapterConfig; probes: ProbeSpec[]; workerAdapter?: AdapterDefinition }> {
  // --isolate process: the module is loaded and run only in a child process the harness can kill.
  const adapter =
    config.isolate === 'process' && typeof config.adapter === 'string'
      ? await isolatedDefinition(config.adapter)
      : await definitionOf(config.adapter);
  const given =
    typeof config.adapter === 'string' ? withPlayedCorpus(config.adapter, config.adapterConfig, config.corpus) : config.adapterConfig;
  const adapterConfig = validateAdapterConfig(adapter, given, typeof config.adapter === 'string' ? config.adapter : adapter.name);
  const probes = await Promise.all(
    config.probes.map(async (p) => {
      const reader = p.adapter ? await definitionOf(p.adapter) : adapter;
      return { name: p.name, adapter: reader, config: p.adapterConfig ? validateAdapterConfig(reader, p.adapterConfig) : adapterConfig };
    }),
  );
  const workers = workerAdapter(config, adapter);
  // More processes than cores would only compete for them; any further worker starts when it opens.
  if (workers && typeof config.adapter === 'string') warmUpWorkers(config.adapter, Math.min(config.concurrency, availableParallelism()));
  return { adapter, adapterConfig, probes, workerAdapter: workers };
}

export async function executeRun(req: ExecuteRequest): Promise<RunOutcome> {
  return summarizeExecuted(await playRun(req), req);
}

/** Plays the run (start or resume) and returns its record; the corpus is not needed after this. */
export async function playRun(req: ExecuteRequest): Promise<RunRecord> {
  const { config } = req;
  const { adapter, adapterConfig, probes, workerAdapter } = await prepareAdapter(config);
  const recorded = storableConfig({ ...config, adapterConfig });
  const options = {
    corpus: req.corpus,
    corpusPath: config.corpus,
    adapterSpec: recorded.adapter,
    adapter,
    adapterConfig,
    mode: config.mode,
    scope: config.scope,
    grading: gradingRule(config.grading),
    budget: config.budget,
    label: config.label,
    timeoutMs: config.timeoutMs,
    dataRoot: req.dataRoot,
    store: req.store,
    emit: req.emit,
    keepData: config.keepData,
    concurrency: config.concurrency,
    workerAdapter,
    shard: config.shard,
    probes,
    extra: { ...req.extra, config: recorded },
  };
  let run: RunRecord;
  try {
    run = req.resume ? await resumeRun(req.resume, options) : await startRun(options);
  } finally {
    coolDownWorkers();
  }
  return run;
}

/** Loads a played run back from the store and summarises it. */
export async function summarizeExecuted(run: RunRecord, req: Pick<ExecuteRequest, 'config' | 'store' | 'emit'>): Promise<RunOutcome> {
  const { gamma, encoding, answerTokens } = req.config.efficiency;
  req.emit?.({ type: 'phase-start', phase: 'summary', stories: run.storyCount });
  // Summarised while streamed from the store: a large run is never held in memory with its answers.
  const streamed = await summarizeStoredRun(req.store, run.id, { efficiency: { gammaProfile: gamma, encoding, answerTokens } });
  req.emit?.({ type: 'phase-end', phase: 'summary' });
  return { run, stored: streamed.outline, summary: streamed.summary, firstFailures: streamed.firstFailures };
}

/**
 * What the workers of a parallel isolated run open. Workers in this process would share its one
 * JavaScript thread (and wait on each other's synchronous work), so an in-process adapter named by
 * a spec runs each worker in a child process of its own (the `--isolate process` host), leaving
 * this process to grade and store. Adapters that already work out of process, and definitions
 * passed as objects (which a child cannot load), keep in-process instances.
 */
function workerAdapter(config: RunConfig, adapter: AdapterDefinition): AdapterDefinition | undefined {
  const parallel = config.mode === 'isolated' && config.concurrency > 1 && config.probes.length === 0;
  if (!parallel || typeof config.adapter !== 'string' || config.isolate !== 'in-process' || worksOutOfProcess(config.adapter))
    return undefined;
  return isolatedWorkers(config.adapter, adapter);
}
