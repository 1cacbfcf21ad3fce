// runBenchmark: the library's way to run a benchmark — a run configuration in, the stored run, its
// summary and its export out. The runner's events go to `onEvent`; nothing is printed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseRunConfig, type RunConfigInput } from '../config/run-config.js';
import { formatDiagnostic } from '../corpus/diagnostics.js';
import { loadCorpus } from '../corpus/load.js';
import type { Corpus } from '../corpus/model.js';
import { ThreadlineError } from '../errors.js';
import { buildExport, type RunExport } from '../report/export.js';
import type { RunSummary } from '../report/summary.js';
import type { RunEventListener } from '../run/events.js';
import type { RunRecord, StoredRun } from '../store/records.js';
import { openResultsStore } from '../store/sqlite-store.js';
import { executeRun, prepareAdapter } from './execute-run.js';

export interface RunBenchmarkOptions {
  onEvent?: RunEventListener;
  /** A results database file to keep the run in; by default the run lives in memory only. */
  db?: string;
}

export interface BenchmarkResult {
  run: RunRecord;
  summary: RunSummary;
  /** CP8 question pass rate, 0–1 (the same as summary.questions.rate). */
  passRate: number;
  /** The versioned JSON export, as `threadline run --json` writes it. */
  export: RunExport;
  stored: StoredRun;
}

export async function runBenchmark(input: RunConfigInput, options: RunBenchmarkOptions = {}): Promise<BenchmarkResult> {
  const config = parseRunConfig(input);
  const corpus = await loadRunnableCorpus(config.corpus);
  await prepareAdapter(config); // a bad adapter or config fails here, before a store is opened
  const store = openResultsStore(options.db ?? ':memory:');
  const dataRoot = options.db
    ? path.join(path.dirname(path.resolve(options.db)), '.adapter-data')
    : await mkdtemp(path.join(tmpdir(), 'threadline-'));
  try {
    const { run, summary } = await executeRun({ config, corpus, store, dataRoot, emit: options.onEvent });
    const stored = store.loadRun(run.id);
    return { run, summary, passRate: summary.questions.rate, export: buildExport(stored, summary), stored };
  } finally {
    store.close();
    if (!options.db) await rm(dataRoot, { recursive: true, force: true });
  }
}

async function loadRunnableCorpus(corpusPath: string): Promise<Corpus> {
  const loaded = await loadCorpus(corpusPath).catch((error: Error) => {
    throw new ThreadlineError('CORPUS_UNREADABLE', `cannot read corpus ${corpusPath}: ${error.message}`);
  });
  if (loaded.errors.length > 0) {
    throw new ThreadlineError(
      'CORPUS_INVALID',
      `corpus ${corpusPath} has ${loaded.errors.length} error(s): ${loaded.errors.slice(0, 3).map(formatDiagnostic).join('; ')}`,
    );
  }
  return loaded.corpus;
}
