// Rows of the results store as records: column values parsed, long text unpacked, and the JSON
// helpers the store writes them with.
import { INLINE_MAX_CHARS, packText, unpackText } from './blobs.js';
import type { FindingRecord, QuestionRecord, RunLease, RunMetrics, RunRecord, RunStatus, StoryRecord, TurnRecord } from './records.js';
import type { ReadOptions } from './store.js';

export type Row = Record<string, unknown>;

export const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
export const parse = <T>(value: unknown, fallback: T): T => {
  if (Buffer.isBuffer(value)) return JSON.parse(unpackText(value)) as T;
  return typeof value === 'string' ? (JSON.parse(value) as T) : fallback;
};
/** Long diagnostics (ranked candidates…) are stored compressed in the same column. */
export const packJson = (value: unknown) => {
  const text = json(value);
  return text !== null && text.length >= INLINE_MAX_CHARS ? packText(text) : text;
};
export const opt = (value: unknown) => (value === null || value === undefined ? undefined : String(value));

export function toRun(r: Row): RunRecord {
  return {
    id: String(r.id),
    harnessVersion: String(r.harness_version),
    corpusPath: String(r.corpus_path),
    corpusHash: String(r.corpus_hash),
    storyCount: Number(r.story_count),
    adapterName: String(r.adapter_name),
    adapterVersion: String(r.adapter_version),
    adapterSpec: String(r.adapter_spec),
    adapterConfig: parse(r.adapter_config, {}),
    llmInLoop: r.llm_in_loop === 1,
    mode: r.mode as RunRecord['mode'],
    scope: r.scope as RunRecord['scope'],
    grading: String(r.grading),
    timeoutMs: Number(r.timeout_ms),
    status: r.status as RunStatus,
    startedAt: String(r.started_at),
    endedAt: opt(r.ended_at),
    error: opt(r.error),
    options: parse(r.options, {}),
    metrics: parse<RunMetrics | undefined>(r.metrics, undefined),
    // NULL: a run recorded before answer budgets existed (reports grade it at the default budget).
    budget: r.budget === null || r.budget === undefined ? undefined : r.budget === 'none' ? null : Number(r.budget),
    label: opt(r.label),
  };
}

export function toLease(r: Row): RunLease {
  return {
    runId: String(r.run_id),
    ownerPid: Number(r.owner_pid),
    host: String(r.host),
    token: String(r.token),
    heartbeatAt: Number(r.heartbeat_at),
  };
}

export function toFinding(r: Row): FindingRecord {
  return {
    storyId: String(r.story_id),
    checkpoint: r.checkpoint as FindingRecord['checkpoint'],
    item: String(r.item),
    questionId: opt(r.question_id),
    batch: r.batch === null || r.batch === undefined ? undefined : Number(r.batch),
    status: r.status as FindingRecord['status'],
    reason: String(r.reason),
  };
}

export function toStory(r: Row): StoryRecord {
  return {
    storyId: String(r.story_id),
    seq: Number(r.seq),
    name: String(r.name),
    category: String(r.category),
    status: r.status as StoryRecord['status'],
    error: opt(r.error),
    startedAt: String(r.started_at),
    endedAt: String(r.ended_at),
    dump: opt(r.dump),
  };
}

/**
 * A row's diagnostics as asked: `usage` parses them only when they mention LLM usage and keeps
 * only that (ranked candidates and the like are large and only the drill-down shows them).
 */
function diagnosticsOf(value: unknown, which: ReadOptions['diagnostics'] = 'all'): Record<string, unknown> | undefined {
  if (which === 'all') return parse(value, undefined);
  if (which === 'none' || value === null || value === undefined) return undefined;
  const text = Buffer.isBuffer(value) ? unpackText(value) : String(value);
  if (!text.includes('"usage"')) return undefined;
  const usage = (JSON.parse(text) as Record<string, unknown> | null)?.usage;
  return usage === undefined ? undefined : { usage };
}

export function toTurn(r: Row, diagnostics?: ReadOptions['diagnostics']): TurnRecord {
  return {
    storyId: String(r.story_id),
    turnIndex: Number(r.turn_index),
    batch: Number(r.batch),
    latencyMs: Number(r.latency_ms),
    outcome: r.outcome as TurnRecord['outcome'],
    error: opt(r.error),
    diagnostics: diagnosticsOf(r.diagnostics, diagnostics),
  };
}

export function toQuestion(r: Row, diagnostics?: ReadOptions['diagnostics']): QuestionRecord {
  return {
    storyId: String(r.story_id),
    questionId: String(r.question_id),
    phase: r.phase as QuestionRecord['phase'],
    seq: Number(r.seq),
    question: String(r.question),
    expected: parse(r.expected, []),
    mustNotContain: parse(r.must_not_contain, []),
    answer: String(r.answer),
    outcome: r.outcome as QuestionRecord['outcome'],
    reason: opt(r.reason),
    latencyMs: Number(r.latency_ms),
    diagnostics: diagnosticsOf(r.diagnostics, diagnostics),
  };
}

/** Returns one shared copy of each distinct string it is given. */
export function interner(): <T extends string>(value: T) => T {
  const seen = new Map<string, string>();
  return <T extends string>(value: T): T => {
    const known = seen.get(value);
    if (known !== undefined) return known as T;
    seen.set(value, value);
    return value;
  };
}
