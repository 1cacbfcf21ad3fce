// Plays one story through an adapter session: each turn in order (a question at a turn is asked
// before that turn is ingested), then the final questions. Every failure is recorded, never thrown.
import type { AskedAt, Scope } from '../adapter/contract.js';
import type { Question, Story } from '../corpus/model.js';
import type { GradingRule } from '../grading/rules.js';
import type { QuestionPhase, QuestionRecord, StoryResult, TurnRecord } from '../store/records.js';
import { askQuestion, errorRecord, type AskedQuestion } from './ask.js';
import type { RunEventListener } from './events.js';
import { storyClockAt } from './question-clock.js';
import type { AdapterSession } from './session.js';

export interface PlayContext {
  session: AdapterSession;
  scope: Scope;
  rule: GradingRule;
  /** Position of the story in corpus order. */
  seq: number;
  emit: RunEventListener;
  /** Rebuilding state on resume: ingest only, ask nothing. */
  ingestOnly?: boolean;
  /** No dump after the story (a cumulative run without scopes dumps once, at the end of play). */
  skipDump?: boolean;
  /** An error that stops the story before it starts (e.g. reset failed): every question gets it. */
  preError?: string;
}

/** Questions are numbered by story position so a resumed run orders them exactly as a fresh one. */
export function questionSeq(storySeq: number, index: number, phaseOffset = 0): number {
  return phaseOffset + storySeq * 10_000 + index;
}

/**
 * A question as asked at the clock `asked`: a mid-trajectory question, its turn's; a final one right
 * after its story, the story's last turn's; an end-of-run question, the run's (src/run/question-clock.ts).
 */
export function toAsked(
  storyId: string,
  q: Pick<Question, 'id' | 'text' | 'expected' | 'mustNotContain'>,
  asked: AskedAt | undefined,
): AskedQuestion {
  return { storyId, questionId: q.id, text: q.text, expected: q.expected, mustNotContain: q.mustNotContain, ...(asked ? { asked } : {}) };
}

export async function playStory(story: Story, ctx: PlayContext): Promise<StoryResult> {
  const startedAt = new Date().toISOString();
  const turns: TurnRecord[] = [];
  const questions: QuestionRecord[] = [];
  let firstError = ctx.preError;
  const ask = async (q: AskedQuestion, phase: QuestionPhase) => {
    const seq = questionSeq(ctx.seq, questions.length);
    const record = ctx.preError
      ? errorRecord(q, phase, seq, ctx.preError)
      : await askQuestion(q, { session: ctx.session, scope: ctx.scope, rule: ctx.rule, phase, seq });
    if (record.outcome === 'error') firstError ??= record.reason;
    questions.push(record);
    ctx.emit({ type: 'question', record });
  };

  for (const turn of story.turns) {
    if (!ctx.ingestOnly) {
      if (turn.midQuestion) await ask(toAsked(story.id, turn.midQuestion, storyClockAt(turn)), 'mid');
      else if (turn.generalKnowledgeTrap)
        await ask(
          toAsked(story.id, { id: `${story.id}_trap${turn.batch}`, text: turn.text, expected: [], mustNotContain: [] }, storyClockAt(turn)),
          'trap',
        );
    }
    if (ctx.preError) continue;
    const outcome = await ctx.session.ingest({ text: turn.text, time: turn.time, timestamp: turn.timestamp }, ctx.scope);
    const record: TurnRecord = {
      storyId: story.id,
      turnIndex: turn.index,
      batch: turn.batch,
      latencyMs: outcome.ms,
      outcome: outcome.ok ? 'ok' : 'error',
    };
    if (outcome.ok) {
      if (outcome.value) record.diagnostics = { ...outcome.value };
    } else {
      record.error = outcome.error;
      firstError ??= outcome.error;
      ctx.emit({ type: 'adapter-error', operation: 'ingest', message: outcome.error, storyId: story.id });
    }
    turns.push(record);
  }

  let dump: string | undefined;
  if (!ctx.ingestOnly && !ctx.preError && !ctx.skipDump && ctx.session.canDump) {
    const dumped = await ctx.session.dump(ctx.scope);
    if (dumped.ok) dump = dumped.value;
  }
  if (!ctx.ingestOnly) for (const q of story.questions) await ask(toAsked(story.id, q, storyClockAt(story.turns.at(-1))), 'final');

  return {
    story: {
      storyId: story.id,
      seq: ctx.seq,
      name: story.name,
      category: story.category,
      status: firstError ? 'error' : 'complete',
      error: firstError,
      startedAt,
      endedAt: new Date().toISOString(),
      dump,
    },
    turns,
    questions,
  };
}
