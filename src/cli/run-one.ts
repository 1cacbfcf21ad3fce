// One benchmark run from the command line's point of view: start or resume it, then summarise it.
import path from 'node:path';
import type { AdapterConfig } from '../adapter/contract.js';
import { resolveAdapter } from '../adapter/registry.js';
import type { Corpus } from '../corpus/model.js';
import { ThreadlineError } from '../errors.js';
import { gradingRule } from '../grading/rules.js';
import { summarizeRun, type RunSummary, type SummaryOptions } from '../report/summary.js';
import type { RunEventListener } from '../run/events.js';
import type { ProbeSpec } from '../run/probes.js';
import { resumeRun, startRun } from '../run/runner.js';
import type { Shard } from '../run/shard.js';
import type { RunMode, RunRecord, RunScope, StoredRun } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';
import { CliExit, EXIT } from './exit-codes.js';

export interface RunRequest {
  corpus: Corpus;
  corpusPath: string;
  adapterSpec: string;
  adapterConfig: AdapterConfig;
  mode: RunMode;
  scope: RunScope;
  grading: string;
  timeoutMs: number;
  store: ResultsStore;
  dbPath: string;
  emit: RunEventListener;
  keepData?: boolean;
  resume?: RunRecord;
  probes?: ProbeSpec[];
  extra?: Record<string, unknown>;
  summary?: SummaryOptions;
  concurrency?: number;
  shard?: Shard;
}

export interface RunOutcome {
  run: RunRecord;
  stored: StoredRun;
  summary: RunSummary;
}

export function adapterDataRoot(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), '.adapter-data');
}

export async function runOne(req: RunRequest): Promise<RunOutcome> {
  try {
    const adapter = await resolveAdapter(req.adapterSpec);
    const options = {
      corpus: req.corpus,
      corpusPath: req.corpusPath,
      adapterSpec: req.adapterSpec,
      adapter,
      adapterConfig: req.adapterConfig,
      mode: req.mode,
      scope: req.scope,
      grading: gradingRule(req.grading),
      timeoutMs: req.timeoutMs,
      dataRoot: adapterDataRoot(req.dbPath),
      store: req.store,
      emit: req.emit,
      keepData: req.keepData,
      extra: req.extra,
      probes: req.probes,
      concurrency: req.concurrency,
      shard: req.shard,
    };
    const run = req.resume ? await resumeRun(req.resume, options) : await startRun(options);
    req.emit({ type: 'phase-start', phase: 'summary', stories: run.storyCount });
    const stored = req.store.loadRun(run.id);
    const summary = await summarizeRun(stored, req.summary);
    req.emit({ type: 'phase-end', phase: 'summary' });
    return { run, stored, summary };
  } catch (error) {
    if (error instanceof ThreadlineError) throw new CliExit(EXIT.usage, error.message);
    throw error;
  }
}
