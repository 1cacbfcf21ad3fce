// Cumulative mode: every story goes into one store in corpus order and nothing is wiped. Each
// story's questions are asked right after it is ingested (the ATANT cumulative measure); at the end
// the final questions of every story are asked once more (end-of-run retention), and then through
// a fresh instance for each property probe. Every end-of-run question carries the run's clock, not
// its story's (src/run/question-clock.ts).
import { askQuestion } from './ask.js';
import { withFindings } from './findings.js';
import { recordedRules } from '../grading/run-rules.js';
import { tally } from './isolated.js';
import { playStory, questionSeq, toAsked } from './play-story.js';
import { askThroughFreshInstance, probePhase } from './probes.js';
import { runNow } from './question-clock.js';
import type { ModeContext } from './mode-context.js';
import { scopeFor } from './scope.js';
import { checkStoreDump, dumpsOncePerRun } from './store-dump.js';

export const RETENTION_PHASE = 'retention';
const RETENTION_SEQ_OFFSET = 1_000_000_000;

export async function runCumulative(ctx: ModeContext, finished: Set<string>): Promise<void> {
  const { stories } = ctx.corpus;
  const reset = await ctx.session.reset();
  if (!reset.ok) throw new Error(`cannot start a cumulative run from an empty store: ${reset.error}`);
  if (finished.size > 0) await replay(ctx, finished);

  for (const [seq, story] of stories.entries()) {
    if (finished.has(story.id)) continue;
    ctx.emit({ type: 'story-start', storyId: story.id, name: story.name, index: seq, total: stories.length });
    const result = await playStory(story, {
      session: ctx.session,
      scope: scopeFor(ctx.run.scope, story.id),
      rule: ctx.grading,
      seq,
      emit: ctx.emit,
      skipDump: dumpsOncePerRun(ctx),
    });
    ctx.store.saveStory(ctx.run.id, withFindings(story, result, recordedRules(ctx.run)));
    ctx.emit({ type: 'story-end', storyId: story.id, index: seq, total: stories.length, ...tally(result.questions) });
  }

  if (dumpsOncePerRun(ctx)) await checkStoreDump(ctx);

  const now = runNow(stories);
  const retained = ctx.store.finishedStories(ctx.run.id, RETENTION_PHASE);
  ctx.emit({ type: 'phase-start', phase: RETENTION_PHASE, stories: stories.length - retained.size });
  for (const [seq, story] of stories.entries()) {
    if (retained.has(story.id)) continue;
    const records = [];
    for (const [i, q] of story.questions.entries()) {
      const record = await askQuestion(toAsked(story.id, q, now), {
        session: ctx.session,
        scope: scopeFor(ctx.run.scope, story.id),
        rule: ctx.grading,
        phase: RETENTION_PHASE,
        seq: questionSeq(seq, i, RETENTION_SEQ_OFFSET),
      });
      records.push(record);
      ctx.emit({ type: 'question', record });
    }
    ctx.store.savePhase(ctx.run.id, story.id, RETENTION_PHASE, records);
    ctx.emit({ type: 'phase-story-end', phase: RETENTION_PHASE, storyId: story.id, index: seq, total: stories.length });
  }

  if (ctx.probes.length > 0) await probeAtEnd(ctx);
}

async function probeAtEnd(ctx: ModeContext): Promise<void> {
  await ctx.session.close();
  for (const probe of ctx.probes) {
    const phase = probePhase(probe.name);
    const done = ctx.store.finishedStories(ctx.run.id, phase);
    const pending = ctx.corpus.stories.map((story, seq) => ({ story, seq })).filter(({ story }) => !done.has(story.id));
    ctx.emit({ type: 'phase-start', phase, stories: pending.length });
    const now = runNow(ctx.corpus.stories);
    const asked = await askThroughFreshInstance(probe, pending, ctx.probeContext, () => now);
    for (const { story, seq } of pending) {
      ctx.store.savePhase(ctx.run.id, story.id, phase, asked.get(story.id) ?? []);
      ctx.emit({ type: 'phase-story-end', phase, storyId: story.id, index: seq, total: ctx.corpus.stories.length });
    }
  }
}

/**
 * On resume the adapter's state is rebuilt from scratch by ingesting the stories already finished,
 * in corpus order, without asking or re-grading anything: their saved results stand. This gives the
 * same store as an uninterrupted run whether or not the adapter persists, and drops any half-ingested
 * story from the interrupted attempt.
 */
async function replay(ctx: ModeContext, finished: Set<string>): Promise<void> {
  ctx.emit({ type: 'replay', stories: finished.size });
  for (const [seq, story] of ctx.corpus.stories.entries()) {
    if (!finished.has(story.id)) continue;
    await playStory(story, {
      session: ctx.session,
      scope: scopeFor(ctx.run.scope, story.id),
      rule: ctx.grading,
      seq,
      emit: () => {},
      ingestOnly: true,
    });
  }
}
