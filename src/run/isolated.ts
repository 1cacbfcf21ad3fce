// Isolated mode: the adapter's state is wiped before every story.
import { withFindings } from './findings.js';
import { playStory } from './play-story.js';
import { askThroughFreshInstance } from './probes.js';
import type { ModeContext } from './mode-context.js';
import { scopeFor } from './scope.js';
import { isGraded } from '../grading/graded.js';

export async function runIsolated(ctx: ModeContext, finished: Set<string>): Promise<void> {
  const { stories } = ctx.corpus;
  for (const [seq, story] of stories.entries()) {
    if (finished.has(story.id)) continue;
    ctx.emit({ type: 'story-start', storyId: story.id, name: story.name, index: seq, total: stories.length });
    const reset = await ctx.session.reset();
    if (!reset.ok) ctx.emit({ type: 'adapter-error', operation: 'reset', message: reset.error, storyId: story.id });
    const result = await playStory(story, {
      session: ctx.session,
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
    ctx.emit({ type: 'story-end', storyId: story.id, index: seq, total: stories.length, ...tally(result.questions) });
  }
}

export function tally(questions: Array<{ phase: string; outcome: string }>): { passed: number; graded: number; errors: number } {
  const graded = questions.filter(isGraded);
  return {
    passed: graded.filter((q) => q.outcome === 'pass').length,
    graded: graded.length,
    errors: questions.filter((q) => q.outcome === 'error').length,
  };
}
