// What a run leaves behind: one record per run, per story, per question and per turn, plus the
// ground truth the reports need, so any stored run can be re-reported without its corpus files.
import type { CheckpointFinding } from './findings.js';
import type { Property, QuestionClass } from '../corpus/model.js';

export type RunMode = 'isolated' | 'cumulative';
export type RunScope = 'none' | 'story';
/** `interrupted`: stopped by SIGINT/SIGTERM; like `failed`, it can be finished with `run --resume`. */
export type RunStatus = 'running' | 'complete' | 'failed' | 'interrupted';

/** Who is writing a run right now (see src/run/lease.ts). */
export interface RunLease {
  runId: string;
  ownerPid: number;
  host: string;
  /** Unique per holder, so a process that lost its lease cannot renew someone else's. */
  token: string;
  /** Milliseconds since the epoch of the holder's last renewal. */
  heartbeatAt: number;
}

export interface RunRecord {
  id: string;
  harnessVersion: string;
  corpusPath: string;
  corpusHash: string;
  storyCount: number;
  adapterName: string;
  adapterVersion: string;
  adapterSpec: string;
  adapterConfig: Record<string, unknown>;
  llmInLoop: boolean;
  mode: RunMode;
  scope: RunScope;
  grading: string;
  /**
   * Answer budget in o200k tokens the run is graded with (null: the whole answer); undefined for
   * runs recorded before budgets existed.
   */
  budget?: number | null;
  /** A name for a configuration variant, so it is its own row in listings, comparisons and the leaderboard. */
  label?: string;
  timeoutMs: number;
  status: RunStatus;
  startedAt: string;
  endedAt?: string;
  error?: string;
  /** Anything else the run was started with (probes, repeat index…), for reproduction. */
  options: Record<string, unknown>;
  /** Measured when the run finishes. */
  metrics?: RunMetrics;
}

/** The free-text label a run was started with (`run --label`), kept with its options. */
export function runLabel(run: RunRecord): string | undefined {
  const label = run.label ?? (run.options.config as { label?: unknown } | undefined)?.label ?? run.options.label;
  return typeof label === 'string' ? label : undefined;
}

export interface RunMetrics {
  wallMs: number;
  /** Time spent inside adapter calls. */
  adapterMs: number;
  /** Wall time not spent in the adapter: the harness's own overhead. */
  harnessMs: number;
  /** Size on disk of the adapter's data directory at the end of the run. */
  storeBytes: number;
  /** Peak resident set size of the harness process (includes in-process adapters). */
  peakRssBytes: number;
  /**
   * CPU time of the harness process during the run (includes in-process adapters): on a loaded
   * machine a steadier measure of work than wall time.
   */
  cpuMs?: number;
}

/** Ground truth of one question, as far as the reports need it. */
export interface QuestionGround {
  questionClass?: QuestionClass;
  properties: Property[];
  /** Where the properties came from: the corpus's tags, or the documented fallback rules. */
  propertySource: 'tags' | 'rules';
  answerBatches: number[];
}

export interface StoryGround {
  storyId: string;
  category: string;
  canaries: string[];
  questions: Record<string, QuestionGround>;
}

export type FindingRecord = CheckpointFinding & { storyId: string };

/**
 * `final`/`mid`: CP8-graded questions asked right after the story (or at their point in it);
 * `retention`: the final questions asked again at the end of a cumulative run;
 * `trap`: general-knowledge traps, recorded but not CP8-graded;
 * `probe:<name>`: questions asked by a property probe (e.g. after a restart).
 */
export type QuestionPhase = 'final' | 'mid' | 'retention' | 'trap' | `probe:${string}`;
export type Outcome = 'pass' | 'fail' | 'error' | 'skip';

export interface QuestionRecord {
  storyId: string;
  questionId: string;
  phase: QuestionPhase;
  /** Order of asking within the run. */
  seq: number;
  question: string;
  expected: string[];
  mustNotContain: string[];
  answer: string;
  outcome: Outcome;
  /** Why it failed/errored/was skipped: missing keywords, the adapter's error message… */
  reason?: string;
  latencyMs: number;
  /** What the adapter reported besides the text (candidates, query class, usage…). */
  diagnostics?: Record<string, unknown>;
}

export interface TurnRecord {
  storyId: string;
  turnIndex: number;
  batch: number;
  latencyMs: number;
  outcome: 'ok' | 'error';
  error?: string;
  diagnostics?: Record<string, unknown>;
}

export interface StoryRecord {
  storyId: string;
  /** Position in corpus order. */
  seq: number;
  name: string;
  category: string;
  status: 'complete' | 'error';
  error?: string;
  startedAt: string;
  endedAt: string;
  /** The adapter's dump of its stored state after ingestion, when it offers one. */
  dump?: string;
}

export interface StoryResult {
  story: StoryRecord;
  turns: TurnRecord[];
  questions: QuestionRecord[];
  findings?: CheckpointFinding[];
}

export interface StoredRun {
  run: RunRecord;
  stories: StoryRecord[];
  turns: TurnRecord[];
  questions: QuestionRecord[];
  ground: Map<string, StoryGround>;
  findings: FindingRecord[];
}
