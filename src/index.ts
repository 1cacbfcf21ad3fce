// Threadline's public API: the adapter contract, corpus loading, grading and the results store.
export type {
  AdapterConfig, AdapterContext, AdapterDefinition, CallOptions, Candidate, DetectedEmotion, IngestResult,
  LlmUsage, MemoryAdapter, QueryResult, Scope, StoredFact, TemporalResolution, TurnInput,
} from './adapter/contract.js';
export type { Corpus, Question, Story, Turn } from './corpus/model.js';
export { loadCorpus } from './corpus/load.js';
export { GRADING_RULES, gradingRule } from './grading/rules.js';
export { lintCorpus } from './lint/lint.js';
export { openResultsStore } from './store/sqlite-store.js';
export type { ResultsStore } from './store/store.js';
