// Tiny builders for hand-made stories and run records, so each checkpoint test states only what it checks.
import type { CheckpointFinding, CheckpointInput, CheckpointStatus } from '../../checkpoints/checkpoint.js';
import type { IngestResult, QueryResult } from '../../src/adapter/contract.js';
import type { Question, Story, Turn } from '../../src/corpus/model.js';
import type { Outcome, QuestionRecord, TurnRecord } from '../../src/store/records.js';

const SOURCE = { file: 'fixture.yaml', line: 1, column: 1 };
const STORY_ID = 's1';

/** A turn of batch `batch` (index batch - 1) with no annotations unless given. */
export function turn(batch: number, overrides: Partial<Turn> = {}): Turn {
  return {
    index: batch - 1,
    batch,
    text: `utterance ${batch}`,
    expectedStores: [],
    storeTypes: {},
    temporal: [],
    updates: [],
    phenomena: [],
    triples: [],
    generalKnowledgeTrap: false,
    gkMarker: false,
    extra: {},
    source: SOURCE,
    ...overrides,
  };
}

export function question(id: string, expected: string[], overrides: Partial<Question> = {}): Question {
  return {
    id,
    text: `question ${id}?`,
    expected,
    mustNotContain: [],
    properties: [],
    answerBatches: [],
    triples: [],
    phase: 'final',
    extra: {},
    source: SOURCE,
    ...overrides,
  };
}

export function story(turns: Turn[], questions: Question[] = []): Story {
  return { id: STORY_ID, name: 'Fixture', category: 'Career', turns, questions, facts: [], extra: {}, source: SOURCE };
}

export function ingested(t: Turn, diagnostics?: IngestResult): TurnRecord {
  return {
    storyId: STORY_ID,
    turnIndex: t.index,
    batch: t.batch,
    latencyMs: 1,
    outcome: 'ok',
    diagnostics: diagnostics && { ...diagnostics },
  };
}

export function failedIngest(t: Turn, error: string): TurnRecord {
  return { storyId: STORY_ID, turnIndex: t.index, batch: t.batch, latencyMs: 1, outcome: 'error', error };
}

export interface AskedOptions {
  answer?: string;
  outcome?: Outcome;
  reason?: string;
  diagnostics?: Omit<QueryResult, 'text'>;
}

export function asked(q: Question, options: AskedOptions = {}): QuestionRecord {
  return {
    storyId: STORY_ID,
    questionId: q.id,
    phase: q.phase,
    seq: 0,
    question: q.text,
    expected: q.expected,
    mustNotContain: q.mustNotContain,
    answer: options.answer ?? '',
    outcome: options.outcome ?? 'pass',
    reason: options.reason,
    latencyMs: 1,
    diagnostics: options.diagnostics && { ...options.diagnostics },
  };
}

export function checkpointInput(
  s: Story,
  records: { turns?: TurnRecord[]; questions?: QuestionRecord[]; dump?: string } = {},
): CheckpointInput {
  return { story: s, turns: records.turns ?? [], questions: records.questions ?? [], dump: records.dump };
}

export function statuses(findings: readonly CheckpointFinding[]): CheckpointStatus[] {
  return findings.map((f) => f.status);
}

/** The single finding a one-item case produces; fails the test loudly when there are more. */
export function only(findings: readonly CheckpointFinding[]): CheckpointFinding {
  if (findings.length !== 1) throw new Error(`expected one finding, got ${findings.length}: ${JSON.stringify(findings)}`);
  return findings[0];
}
