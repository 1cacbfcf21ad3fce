// The adapter contract: how Threadline drives a memory layer under test. Small, async, and
// honest about what it can show — every diagnostic is optional, and a missing one is reported
// as "not reported", never as a pass.
import type { z } from 'zod';

/** Whose memory a call belongs to. `tenant` is set only when the run's scope is `story`. */
export interface Scope {
  tenant?: string;
}

/** One user utterance on the write path, with the story's simulated clock. */
export interface TurnInput {
  text: string;
  /** The clock as the story wrote it ("Monday 9:00 AM"). */
  time?: string;
  /** The clock resolved to ISO 8601 local time ("2025-01-06T09:00"), when it could be read. */
  timestamp?: string;
}

/** One call the memory layer made to a language model of its own. */
export interface LlmUsage {
  prefillTokens: number;
  decodeTokens: number;
  /** Context length when decoding starts; defaults to prefillTokens. */
  contextLength?: number;
  model?: string;
}

export interface StoredFact {
  text: string;
  /** Semantic types (PERSON, PLACE, ORGANIZATION, TIME, …) — CP4. */
  types?: string[];
  /** Queries the layer predicts this fact will answer — CP3. */
  predictedQueries?: string[];
}

export interface TemporalResolution {
  text: string;
  resolved?: string;
  direction?: 'past' | 'present' | 'future';
  type?: string;
}

export interface DetectedEmotion {
  label: string;
  warmthDirection?: 'increase' | 'decrease' | 'neutral' | string;
}

/** What the write path may report about one utterance (all optional). */
export interface IngestResult {
  /** CP1: statement | update | question | general_knowledge | noise. */
  inputClass?: string;
  /** CP2/CP3/CP4: what was stored. */
  facts?: StoredFact[];
  /** CP9: temporal expressions found and resolved. */
  temporal?: TemporalResolution[];
  /** CP10: emotion detected and the adaptation chosen. */
  emotion?: DetectedEmotion;
  usage?: LlmUsage[];
}

export interface Candidate {
  text: string;
  score?: number;
  id?: string;
}

/** What the read path returns: the text a language model would be handed, plus optional diagnostics. */
export interface QueryResult {
  text: string;
  /** CP6: ranked candidates, best first. */
  candidates?: Candidate[];
  /** CP5: factual | temporal | emotional | situation | general_knowledge. */
  queryClass?: string;
  /** CP7: the set of traces the question activated, read in this order within twice the run's answer budget. */
  convergence?: Candidate[];
  usage?: LlmUsage[];
}

export interface CallOptions {
  /** Aborted when the harness gives up on the call (timeout or shutdown). */
  signal: AbortSignal;
}

/**
 * When a question is asked: the story's clock at that point (the turn it comes before, or the story's
 * last turn), or for an end-of-run question one clock shared by every story (src/run/question-clock.ts).
 */
export interface AskedAt {
  /** The clock as the story wrote it ("Monday 9:00 AM"). */
  time?: string;
  /** The clock resolved to ISO 8601 local time, when it could be read. */
  timestamp?: string;
}

export interface QueryOptions extends CallOptions {
  /** The question's own time, for layers that answer "when" questions relative to now. Optional: older harnesses do not send it. */
  asked?: AskedAt;
}

export interface AdapterContext {
  /** A directory the adapter owns for its state; the same directory on resume and restart. */
  dataDir: string;
}

export interface MemoryAdapter {
  open(ctx: AdapterContext, options: CallOptions): Promise<void>;
  close(): Promise<void>;
  /** Wipe all state (isolated mode calls it before every story). */
  reset(options: CallOptions): Promise<void>;
  ingest(turn: TurnInput, scope: Scope, options: CallOptions): Promise<IngestResult | void>;
  query(question: string, scope: Scope, options: QueryOptions): Promise<QueryResult>;
  /** The stored state as text, so CP2 can be checked on a black box. */
  dump?(scope: Scope, options: CallOptions): Promise<string>;
}

export type AdapterConfig = Record<string, unknown>;

/** What a built-in or user adapter module exports (as its default export). */
export interface AdapterDefinition {
  name: string;
  version: string;
  description: string;
  /** The layer calls a language model itself: results are "assisted", not ATANT-compliant. */
  llmInLoop?: boolean;
  /** Its state survives close() and a new instance on the same data directory (P1). */
  persistent?: boolean;
  /**
   * Validates `--adapter-config` before a run starts: an unknown or mistyped key stops the run with
   * a usage error, and the parsed value (defaults filled in) is what the run records and `create` gets.
   * An object schema is applied strictly (unknown keys are errors). Without one, any config passes.
   */
  configSchema?: z.ZodType;
  create(config: AdapterConfig): MemoryAdapter;
  /**
   * Top-level config keys that hold secrets (headers, env, tokens): stored and shown as "***".
   * Keys named like secrets (apiKey, password, authorization…) are redacted whether declared or not.
   */
  secretFields?: string[];
  /**
   * For adapters that drive another system (a process, a service): the system's own name, version
   * and LLM flag as the run should record them, read from the config. Defaults to the fields above.
   */
  identify?(config: AdapterConfig): SystemIdentity;
}

export interface SystemIdentity {
  name: string;
  version: string;
  llmInLoop?: boolean;
}

/** The name, version and LLM flag a run records for an adapter and its config. */
export function systemIdentity(definition: AdapterDefinition, config: AdapterConfig): SystemIdentity {
  const own = { name: definition.name, version: definition.version, llmInLoop: definition.llmInLoop ?? false };
  return definition.identify ? { ...own, ...definition.identify(config) } : own;
}
