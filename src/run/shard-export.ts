// A shard run read back from its export (`run --shard i/n --json`), its stories put back at their
// corpus positions. An export lists a run's stories and questions in order but not those positions,
// and the merged run must number them as an unsharded run does (src/run/play-story.ts).
import { ThreadlineError } from '../errors.js';
import type { StoredRun } from '../store/records.js';
import { questionSeq } from './play-story.js';
import { PROBE_SEQ_OFFSET } from './probes.js';
import { inShard, shardOf } from './shard.js';

export function atCorpusPositions(stored: StoredRun, source: string): StoredRun {
  const { run } = stored;
  const shard = shardOf(run.options);
  if (!shard)
    throw new ThreadlineError('NOT_A_SHARD', `${source} is the export of an unsharded run; merge joins runs made with --shard i/n`);
  // An unfinished shard is refused by the merge itself, with the advice to resume it.
  if (run.status !== 'complete') return stored;
  const positions = Array.from({ length: run.storyCount }, (_, seq) => seq).filter((seq) => inShard(seq, shard));
  if (stored.stories.length !== positions.length)
    throw new ThreadlineError(
      'SHARD_STORIES',
      `${source}: shard ${shard.index}/${shard.count} of a ${run.storyCount}-story corpus has ${positions.length} stories, the export ${stored.stories.length}`,
    );
  const position = new Map(stored.stories.map((s, j) => [s.storyId, positions[j]]));
  // Questions are numbered within their story in the order asked; each probe numbers its own after the story's.
  const asked = new Map<string, number>();
  const questions = stored.questions.map((q) => {
    const probe = q.phase.startsWith('probe:');
    const key = `${q.storyId}\u0000${probe ? q.phase : ''}`;
    const index = asked.get(key) ?? 0;
    asked.set(key, index + 1);
    return { ...q, seq: questionSeq(position.get(q.storyId) as number, index, probe ? PROBE_SEQ_OFFSET : 0) };
  });
  return { ...stored, stories: stored.stories.map((s) => ({ ...s, seq: position.get(s.storyId) as number })), questions };
}
