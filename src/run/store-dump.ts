// CP2 in a cumulative run without scopes: the store is shared, so a dump after every story would
// return everything stored so far, and checking each story against it would cost the whole store
// per story (quadratic in the corpus). Instead the store is dumped once, after the last story is
// ingested, folded once, and every story's expected values are looked up in one Aho–Corasick pass.
import { factExtraction } from '../../checkpoints/cp02-fact-extraction.js';
import { fold } from '../../checkpoints/shared/text.js';
import { SubstringSet } from '../text/substring-set.js';
import type { ModeContext } from './mode-context.js';

export const STORE_DUMP_PHASE = 'store-dump';

/** Cumulative runs with scope `none` take one dump at the end of play instead of one per story. */
export function dumpsOncePerRun(ctx: ModeContext): boolean {
  return ctx.run.mode === 'cumulative' && ctx.run.scope === 'none' && ctx.session.canDump;
}

export async function checkStoreDump(ctx: ModeContext): Promise<void> {
  const done = ctx.store.finishedStories(ctx.run.id, STORE_DUMP_PHASE);
  const pending = ctx.corpus.stories.map((story, seq) => ({ story, seq })).filter(({ story }) => !done.has(story.id));
  if (pending.length === 0) return;
  ctx.emit({ type: 'phase-start', phase: STORE_DUMP_PHASE, stories: pending.length });
  const dumped = await ctx.session.dump({});
  if (!dumped.ok) {
    ctx.emit({ type: 'adapter-error', operation: 'dump', message: dumped.error });
    return;
  }
  ctx.store.saveRunDump(ctx.run.id, dumped.value);
  const values = pending.flatMap(({ story }) => story.turns.flatMap((t) => t.expectedStores.map(fold)));
  const present = new SubstringSet(values).foundIn(fold(dumped.value));
  const dumpHas = (value: string) => present.has(value);
  for (const { story, seq } of pending) {
    const turns = ctx.store.storyTurns(ctx.run.id, story.id);
    const findings = factExtraction.evaluate({ story, turns, questions: [], dumpHas });
    ctx.store.replaceCheckpointFindings(ctx.run.id, story.id, 'CP2', findings, STORE_DUMP_PHASE);
    ctx.emit({ type: 'phase-story-end', phase: STORE_DUMP_PHASE, storyId: story.id, index: seq, total: ctx.corpus.stories.length });
  }
}
