// Asks one question on the read path and grades the answer into a record.
import type { AskedAt, QueryResult, Scope } from '../adapter/contract.js';
import type { GradingRule } from '../grading/rules.js';
import type { QuestionPhase, QuestionRecord } from '../store/records.js';
import type { AdapterSession } from './session.js';

export interface AskedQuestion {
  storyId: string;
  questionId: string;
  text: string;
  expected: string[];
  mustNotContain: string[];
  /** The story's clock when the question is asked. */
  asked?: AskedAt;
}

export interface AskContext {
  session: AdapterSession;
  scope: Scope;
  rule: GradingRule;
  phase: QuestionPhase;
  seq: number;
}

const MAX_STORED_CANDIDATES = 50;

function baseRecord(q: AskedQuestion, phase: QuestionPhase, seq: number) {
  return {
    storyId: q.storyId,
    questionId: q.questionId,
    phase,
    seq,
    question: q.text,
    expected: q.expected,
    mustNotContain: q.mustNotContain,
  };
}

export function errorRecord(q: AskedQuestion, phase: QuestionPhase, seq: number, reason: string, latencyMs = 0): QuestionRecord {
  return { ...baseRecord(q, phase, seq), answer: '', outcome: 'error', reason, latencyMs };
}

export async function askQuestion(q: AskedQuestion, ctx: AskContext): Promise<QuestionRecord> {
  const outcome = await ctx.session.query(q.text, ctx.scope, q.asked);
  if (!outcome.ok) return errorRecord(q, ctx.phase, ctx.seq, outcome.error, outcome.ms);
  const base = baseRecord(q, ctx.phase, ctx.seq);
  const diagnostics = queryDiagnostics(outcome.value);
  if (ctx.phase === 'trap') {
    return {
      ...base,
      answer: outcome.value.text,
      outcome: 'skip',
      reason: 'general-knowledge trap: recorded, not CP8-graded',
      latencyMs: outcome.ms,
      diagnostics,
    };
  }
  const grade = ctx.rule.grade(outcome.value.text, q.expected);
  return {
    ...base,
    answer: outcome.value.text,
    outcome: grade.passed ? 'pass' : 'fail',
    reason: grade.passed ? undefined : `missing: ${grade.missing.join(', ')}`,
    latencyMs: outcome.ms,
    diagnostics,
  };
}

function queryDiagnostics(result: QueryResult): Record<string, unknown> | undefined {
  const { text: _text, candidates, convergence, ...rest } = result;
  const diagnostics: Record<string, unknown> = { ...rest };
  if (candidates) diagnostics.candidates = candidates.slice(0, MAX_STORED_CANDIDATES);
  if (convergence) diagnostics.convergence = convergence.slice(0, MAX_STORED_CANDIDATES);
  return Object.keys(diagnostics).length > 0 ? diagnostics : undefined;
}
