// Isolated mode: the adapter's state is wiped before every story.
import type { Story } from '../corpus/model.js';
import { withFindings } from './findings.js';
import { playStory } from './play-story.js';
import { askThroughFreshInstance } from './probes.js';
import type { ModeContext } from './mode-context.js';
import { scopeFor } from './scope.js';
import type { AdapterSession } from './session.js';
import { shardOf, storiesToPlay } from './shard.js';
import { isGraded } from '../grading/graded.js';

/**
 * Plays the run's stories (its shard of the corpus, if any). With more than one worker, each worker
 * has its own adapter instance and data directory and takes the next story when it is free; a
 * story's questions are numbered by its corpus position, so the stored results equal a serial run's.
 */
export async function runIsolated(ctx: ModeContext, finished: Set<string>): Promise<void> {
  const total = ctx.corpus.stories.length;
  const pending = storiesToPlay(ctx.corpus.stories, shardOf(ctx.run.options)).filter(({ story }) => !finished.has(story.id));
  if (ctx.workers <= 1) {
    for (const { story, seq } of pending) await playIsolated(ctx, ctx.session, story, seq, total);
    return;
  }
  if (ctx.probes.length > 0) throw new Error('property probes run with one worker only (drop --concurrency or --probe)');
  const { default: pLimit } = await import('p-limit');
  const free: AdapterSession[] = [ctx.session];
  const opened: AdapterSession[] = [];
  try {
    for (let k = 1; k < Math.min(ctx.workers, pending.length); k++) {
      const session = await ctx.openWorker(k);
      opened.push(session);
      free.push(session);
    }
    const limit = pLimit(free.length);
    await Promise.all(
      pending.map(({ story, seq }) =>
        limit(async () => {
          const session = free.pop() as AdapterSession;
          try {
            await playIsolated(ctx, session, story, seq, total);
          } finally {
            free.push(session);
          }
        }),
      ),
    );
  } finally {
    await Promise.all(opened.map((s) => s.close()));
  }
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
      const asked = await askThroughFreshInstance(probe, [{ story, seq }], ctx.probeContext);
      result.questions.push(...(asked.get(story.id) ?? []));
    }
    await ctx.reopen();
  }
  ctx.store.saveStory(ctx.run.id, withFindings(story, result));
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
