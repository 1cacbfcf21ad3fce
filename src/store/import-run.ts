// Puts a whole stored run (read from an export made elsewhere) into a results store, so it can be
// reported, compared and ranked like a run made here.
import { groupBy } from '../group-by.js';
import { ThreadlineError } from '../errors.js';
import type { StoredRun } from './records.js';
import type { ResultsStore } from './store.js';

export function importStoredRun(store: ResultsStore, stored: StoredRun): void {
  const { run } = stored;
  if (store.getRun(run.id)?.id === run.id) throw new ThreadlineError('RUN_EXISTS', `run ${run.id} is already in the results store`);
  store.createRun({ ...run, status: 'running', endedAt: undefined });
  store.saveGround(run.id, [...stored.ground.values()]);
  const turns = groupBy(stored.turns, (t) => t.storyId);
  const questions = groupBy(stored.questions, (q) => q.storyId);
  const findings = groupBy(stored.findings, (f) => f.storyId);
  for (const story of stored.stories) {
    store.saveStory(run.id, {
      story,
      turns: turns.get(story.storyId) ?? [],
      questions: questions.get(story.storyId) ?? [],
      findings: (findings.get(story.storyId) ?? []).map(({ storyId: _s, ...finding }) => finding),
    });
  }
  store.finishRun(run.id, run.status, run.endedAt ?? run.startedAt, run.error, run.metrics);
}
