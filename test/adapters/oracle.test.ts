// The oracle through the real runner: telling the truth it must pass every checkpoint it has ground
// truth for; in its wrong variant every checkpoint must be able to fail.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_IDS, type CheckpointFinding, type CheckpointId } from '../../checkpoints/checkpoint.js';
import { evaluateStory } from '../../checkpoints/index.js';
import { resolveAdapter } from '../../adapters/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { gradingRule } from '../../src/grading/rules.js';
import { startRun } from '../../src/run/runner.js';
import type { RunMode, RunScope } from '../../src/store/records.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const CORPUS = path.join(FIXTURES, 'oracle-corpus');

async function runOracle(config: Record<string, unknown>, mode: RunMode = 'isolated', scope: RunScope = 'none') {
  const { corpus, errors } = await loadCorpus(CORPUS);
  expect(errors).toEqual([]);
  const store = openResultsStore(':memory:');
  const adapter = await resolveAdapter('oracle');
  const run = await startRun({
    corpus,
    corpusPath: CORPUS,
    adapterSpec: 'oracle',
    adapter,
    adapterConfig: { corpus: CORPUS, ...config },
    mode,
    scope,
    grading: gradingRule('strict'),
    timeoutMs: 5_000,
    dataRoot: tempDir(),
    store,
  });
  expect(run.status).toBe('complete');
  const stored = store.loadRun(run.id);
  const findings = corpus.stories.flatMap((story) =>
    evaluateStory({
      story,
      turns: stored.turns.filter((t) => t.storyId === story.id),
      questions: stored.questions.filter((q) => q.storyId === story.id && (q.phase === 'final' || q.phase === 'mid')),
      dump: stored.stories.find((s) => s.storyId === story.id)?.dump,
    }),
  );
  store.close();
  return { stored, findings };
}

function countsBy(findings: readonly CheckpointFinding[], status: CheckpointFinding['status']): Record<CheckpointId, number> {
  const counts = Object.fromEntries(CHECKPOINT_IDS.map((id) => [id, 0])) as Record<CheckpointId, number>;
  for (const f of findings) if (f.status === status) counts[f.checkpoint]++;
  return counts;
}

const describeFinding = (f: CheckpointFinding) => `${f.checkpoint} ${f.item}: ${f.status} — ${f.reason}`;

describe('oracle adapter', () => {
  it('passes every checkpoint it has ground truth for, and each CP1…CP10 at least once', async () => {
    const { stored, findings } = await runOracle({});
    expect(stored.questions.filter((q) => q.phase === 'final' || q.phase === 'mid').every((q) => q.outcome === 'pass')).toBe(true);
    expect(findings.filter((f) => f.status !== 'pass' && f.status !== 'not-applicable').map(describeFinding)).toEqual([]);
    const passes = countsBy(findings, 'pass');
    expect(CHECKPOINT_IDS.filter((id) => passes[id] === 0)).toEqual([]);
  });

  it('keeps its place when stories share an utterance and a question (cumulative, one tenant per story)', async () => {
    const { findings } = await runOracle({}, 'cumulative', 'story');
    expect(findings.filter((f) => f.status !== 'pass' && f.status !== 'not-applicable').map(describeFinding)).toEqual([]);
  });

  it('in its wrong variant fails every checkpoint at least once', async () => {
    for (const config of [{ wrong: true }, { variant: 'wrong' }]) {
      const { findings } = await runOracle(config);
      const fails = countsBy(findings, 'fail');
      expect(CHECKPOINT_IDS.filter((id) => fails[id] === 0)).toEqual([]);
      expect(findings.filter((f) => f.status === 'pass').map(describeFinding)).toEqual([]);
    }
  });

  it('refuses an empty corpus path or an unknown variant', async () => {
    const adapter = await resolveAdapter('oracle');
    expect(() => adapter.create({ corpus: '' })).toThrow(/"corpus" must be the path/);
    expect(() => adapter.create({ corpus: CORPUS, variant: 'sideways' })).toThrow(/"variant"/);
  });

  it('reports an utterance from another corpus as an error instead of guessing', async () => {
    const adapter = (await resolveAdapter('oracle')).create({ corpus: CORPUS });
    const options = { signal: new AbortController().signal };
    await adapter.open({ dataDir: tempDir() }, options);
    await expect(adapter.ingest({ text: 'a sentence no story has' }, {}, options)).rejects.toThrow(/not in/);
    await adapter.close();
  });
});
