// Runs a benchmark in-process against an in-memory results store.
import type { AdapterDefinition } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { gradingRule } from '../../src/grading/rules.js';
import { summarizeRun } from '../../src/report/summary.js';
import { startRun, type RunOptions } from '../../src/run/runner.js';
import type { RunMode, RunScope } from '../../src/store/records.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { tempDir } from './paths.js';

export interface TestRunOptions {
  mode?: RunMode;
  scope?: RunScope;
  config?: Record<string, unknown>;
  timeoutMs?: number;
  grading?: string;
}

export async function runInProcess(corpusPath: string, adapter: string | AdapterDefinition, options: TestRunOptions = {}) {
  const { corpus } = await loadCorpus(corpusPath);
  const store = openResultsStore(':memory:');
  const definition = typeof adapter === 'string' ? await resolveAdapter(adapter) : adapter;
  const runOptions: RunOptions = {
    corpus,
    corpusPath,
    adapterSpec: typeof adapter === 'string' ? adapter : definition.name,
    adapter: definition,
    adapterConfig: options.config ?? {},
    mode: options.mode ?? 'isolated',
    scope: options.scope ?? 'none',
    grading: gradingRule(options.grading ?? 'strict'),
    timeoutMs: options.timeoutMs ?? 5_000,
    dataRoot: tempDir(),
    store,
  };
  const run = await startRun(runOptions);
  const stored = store.loadRun(run.id);
  return { run, stored, summary: await summarizeRun(stored, { bootstrapResamples: 200 }), store, corpus };
}
