// Threadline's public API: write an adapter, load and lint a corpus, run a benchmark, compare two
// runs, re-grade recorded answers, and the types of the adapter contract and the results.
//
//   import { defineAdapter, runBenchmark } from 'threadline';
//   const adapter = defineAdapter({ name: 'my-memory', version: '1.0.0', create: () => myMemory() });
//   const { passRate } = await runBenchmark({ corpus: 'corpus', adapter });

// Writing an adapter.
export { defineAdapter, type AdapterSpec } from './adapter/define.js';
export type {
  AdapterConfig,
  AdapterContext,
  AdapterDefinition,
  CallOptions,
  Candidate,
  DetectedEmotion,
  IngestResult,
  LlmUsage,
  MemoryAdapter,
  QueryResult,
  Scope,
  StoredFact,
  SystemIdentity,
  TemporalResolution,
  TurnInput,
} from './adapter/contract.js';

// Configuring and running a benchmark.
export { defineConfig, runConfigSchema, type RunConfig, type RunConfigInput } from './config/run-config.js';
export { runBenchmark, type BenchmarkResult, type RunBenchmarkOptions } from './api/run-benchmark.js';
export type { RunEvent, RunEventListener } from './run/events.js';

// Corpora.
export { loadCorpus, type LoadResult } from './corpus/load.js';
export { lintCorpus, type LintReport } from './lint/lint.js';
export type { Diagnostic } from './corpus/diagnostics.js';
export type { Corpus, Question, Story, Turn } from './corpus/model.js';

// Results: comparing runs, re-grading answers, the stored records.
export { compareRuns, type Comparison } from './compare/compare.js';
export { rescore, type RescoreResult } from './rescore/rescore.js';
export { GRADING_RULES, gradingRule, type GradingRule } from './grading/rules.js';
export { buildExport, EXPORT_SCHEMA_VERSION, type RunExport } from './report/export.js';
export type { RunSummary } from './report/summary.js';
export { openResultsStore } from './store/sqlite-store.js';
export type { ResultsStore } from './store/store.js';
export type { QuestionRecord, RunRecord, StoredRun } from './store/records.js';
export { ThreadlineError } from './errors.js';
