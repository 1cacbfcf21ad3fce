// Finding the records a checkpoint judges (the turn record of a batch, the record of a graded
// question) and building findings with their item labels. A missing or errored record is a failure
// of that item with the reason, never a skip.
import { gradedQuestions, type Question, type Turn } from '../../src/corpus/model.js';
import type { QuestionRecord, TurnRecord } from '../../src/store/records.js';
import type { CheckpointFinding, CheckpointId, CheckpointInput, CheckpointStatus } from '../checkpoint.js';
import { readQuestionDiagnostics, readTurnDiagnostics, type QuestionDiagnostics, type TurnDiagnostics } from './diagnostics.js';

export type TurnLookup = { ok: true; record: TurnRecord; diagnostics: TurnDiagnostics } | { ok: false; reason: string };

export type QuestionLookup = { ok: true; record: QuestionRecord; diagnostics: QuestionDiagnostics } | { ok: false; reason: string };

export function lookupTurn(input: CheckpointInput, turn: Turn): TurnLookup {
  const record = input.turns.find((r) => r.turnIndex === turn.index);
  if (!record) return { ok: false, reason: `batch ${turn.batch} was never ingested (no turn record; see the story's error)` };
  if (record.outcome === 'error') return { ok: false, reason: `ingest of batch ${turn.batch} failed: ${record.error ?? 'unknown error'}` };
  return { ok: true, record, diagnostics: readTurnDiagnostics(record.diagnostics) };
}

const GRADED_PHASES = new Set(['final', 'mid']);

export function lookupQuestion(input: CheckpointInput, question: Question): QuestionLookup {
  const record = input.questions.find((r) => r.questionId === question.id && GRADED_PHASES.has(r.phase));
  if (!record) return { ok: false, reason: `question ${question.id} was never asked (no record; see the story's error)` };
  if (record.outcome === 'error') return { ok: false, reason: `the adapter's query failed: ${record.reason ?? 'unknown error'}` };
  return { ok: true, record, diagnostics: readQuestionDiagnostics(record.diagnostics) };
}

/** Every CP8-graded question of the story: mid-trajectory ones in stream order, then the final ones. */
export function storyQuestions(input: CheckpointInput): Question[] {
  return gradedQuestions(input.story);
}

export function turnFinding(
  checkpoint: CheckpointId,
  turn: Turn,
  status: CheckpointStatus,
  reason: string,
  item = `batch ${turn.batch}`,
): CheckpointFinding {
  return { checkpoint, item, batch: turn.batch, status, reason };
}

export function valueItem(turn: Turn, value: string): string {
  return `batch ${turn.batch}: ${JSON.stringify(value)}`;
}

export function questionFinding(checkpoint: CheckpointId, question: Question, status: CheckpointStatus, reason: string): CheckpointFinding {
  return { checkpoint, item: `question ${question.id}`, questionId: question.id, status, reason };
}

/** The one finding of a story that has no ground truth for a checkpoint: says which annotation would enable it. */
export function storyNotApplicable(checkpoint: CheckpointId, reason: string): CheckpointFinding[] {
  return [{ checkpoint, item: 'story', status: 'not-applicable', reason }];
}
