// Isolated mode: the adapter's state is wiped before every story.
import type { Story } from '../corpus/model.js';
import { withFindings } from './findings.js';
import { recordedRules } from '../grading/run-rules.js';
import { playStory } from './play-story.js';
import { askThroughFreshInstance } from './probes.js';
import { storyClockAt } from './question-clock.js';
import type { ModeContext } from './mode-context.js';
import { scopeFor } from './scope.js';
import type { AdapterSession } from './session.js';
import { shardOf, storiesToPlay } from './shard.js';
import { isGraded } from '../grading/graded.js';

/**
 * Plays the run's stories (its shard of the corpus, if any). With more than one worker, each worker
 * has its own adapter instance and data directory and takes the next story when it is free; a
 * story's questions are numbered by its corpus position, so the stored results equal a serial run's.
 * The first worker starts at once; the others join as soon as their instance is open (a child
 * process loading a model can take seconds).
 */
export async function runIsolated(ctx: ModeContext, finished: Set<string>): Promise<void> {
  const total = ctx.corpus.stories.length;
  const pending = storiesToPlay(ctx.corpus.stories, shardOf(ctx.run.options)).filter(({ story }) => !finished.has(story.id));
  if (ctx.workers <= 1 || pending.length <= 1) {
    for (const { story, seq } of pending) await playIsolated(ctx, ctx.session, story, seq, total);
    return;
  }
  if (ctx.probes.length > 0) throw new Error('property probes run with one worker only (drop --concurrency or --probe)');
  let next = 0;
  let stopped = false;
  const storiesLeft = () => !stopped && next < pending.length;
  const playWith = async (session: AdapterSession) => {
    while (storiesLeft()) {
      const { story, seq } = pending[next++];
      await playIsolated(ctx, session, story, seq, total);
    }
  };
  const opened: AdapterSession[] = [];
  const openAndPlay = async (k: number) => {
    if (!storiesLeft()) return;
    const session = await ctx.openWorker(k);
    opened.push(session);
    await playWith(session);
  };
  const workers = [playWith(ctx.session)];
  for (let k = 1; k < Math.min(ctx.workers, pending.length); k++) workers.push(openAndPlay(k));
  // A worker that fails stops the others from taking new stories; the stories in progress finish
  // (and are saved) before the run reports the failure.
  const settled = await Promise.allSettled(workers.map((w) => w.catch((error: unknown) => ((stopped = true), Promise.reject(error)))));
  await Promise.all(opened.map((s) => s.close()));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
}

async function playIsolated(ctx: ModeContext, session: AdapterSession, story: Story, seq: number, total: number): Promise<void> {
  ctx.emit({ type: 'story-start', storyId: story.id, name: story.name, index: seq, total });
  const reset = await session.reset();
  if (!reset.ok) ctx.emit({ type: 'adapter-error', operation: 'reset', message: reset.error, storyId: story.id });
  const result = await playStory(story, {
    session,
    scope: scopeFor(ctx.run.scope, story.id),
    rule: ctx.grading,
    seq,
    emit: ctx.emit,
    preError: reset.ok ? undefined : reset.error,
  });
  if (ctx.probes.length > 0) {
    await ctx.session.close();
    for (const probe of ctx.probes) {
      const asked = await askThroughFreshInstance(probe, [{ story, seq }], ctx.probeContext, () => storyClockAt(story.turns.at(-1)));
      result.questions.push(...(asked.get(story.id) ?? []));
    }
    await ctx.reopen();
  }
  ctx.store.saveStory(ctx.run.id, withFindings(story, result, recordedRules(ctx.run)));
  ctx.emit({ type: 'story-end', storyId: story.id, index: seq, total, ...tally(result.questions) });
}

export function tally(questions: Array<{ phase: string; outcome: string }>): { passed: number; graded: number; errors: number } {
  const graded = questions.filter(isGraded);
  return {
    passed: graded.filter((q) => q.outcome === 'pass').length,
    graded: graded.length,
    errors: questions.filter((q) => q.outcome === 'error').length,
  };
}
