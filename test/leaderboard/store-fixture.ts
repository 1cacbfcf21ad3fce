// A results store on disk holding the runs a leaderboard has to sort out: two runs of the same
// adapter × mode × scope, an unfinished run, a run over another corpus, and a hostile adapter whose
// name, version, answers, config and recorded corpus path carry markup.
import path from 'node:path';
import type { AdapterDefinition } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { gradingRule } from '../../src/grading/rules.js';
import { startRun } from '../../src/run/runner.js';
import type { RunMode, RunRecord, RunScope } from '../../src/store/records.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { adapterFixture, corpusFixture, tempDir } from '../helpers/paths.js';

export const HOSTILE_CONFIG = { note: '<script>alert("config")</script>' };
export const HOSTILE_CORPUS_PATH = `${corpusFixture('mini')}/<script>alert("path")</script>`;

export interface LeaderboardFixture {
  dir: string;
  dbPath: string;
  /** The full-context isolated run that an older one of the same key must give way to. */
  latestFullContextIsolated: RunRecord;
  olderFullContextIsolated: RunRecord;
  otherCorpusRun: RunRecord;
  /** Distinct adapter × mode × scope keys over the main corpus. */
  expectedRows: number;
}

interface Plan {
  corpus: string;
  adapter: string;
  mode?: RunMode;
  scope?: RunScope;
  config?: Record<string, unknown>;
  recordedPath?: string;
}

export async function buildLeaderboardStore(): Promise<LeaderboardFixture> {
  const dir = tempDir('threadline-leaderboard-');
  const dbPath = path.join(dir, 'threadline.db');
  const store = openResultsStore(dbPath);
  const hostile = adapterFixture('script-injection');
  const run = async (plan: Plan): Promise<RunRecord> => {
    const { corpus } = await loadCorpus(plan.corpus);
    const definition: AdapterDefinition = await resolveAdapter(plan.adapter);
    return startRun({
      corpus,
      corpusPath: plan.recordedPath ?? plan.corpus,
      adapterSpec: plan.adapter,
      adapter: definition,
      adapterConfig: plan.config ?? {},
      mode: plan.mode ?? 'isolated',
      scope: plan.scope ?? 'none',
      grading: gradingRule('strict'),
      timeoutMs: 10_000,
      dataRoot: path.join(dir, 'data'),
      store,
    });
  };
  try {
    const mini = corpusFixture('mini');
    const otherCorpusRun = await run({ corpus: corpusFixture('dialects'), adapter: 'full-context' });
    const olderFullContextIsolated = await run({ corpus: mini, adapter: 'full-context' });
    await run({ corpus: mini, adapter: 'null' });
    await run({ corpus: mini, adapter: 'null', mode: 'cumulative' });
    await run({ corpus: mini, adapter: 'full-context', mode: 'cumulative' });
    await run({ corpus: mini, adapter: 'sqlite-fts', mode: 'cumulative', scope: 'story' });
    await run({ corpus: mini, adapter: hostile, config: HOSTILE_CONFIG, recordedPath: HOSTILE_CORPUS_PATH });
    await run({ corpus: mini, adapter: hostile, mode: 'cumulative', config: HOSTILE_CONFIG });
    // Keeps start times apart at millisecond resolution, so "latest" is unambiguous.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const latestFullContextIsolated = await run({ corpus: mini, adapter: 'full-context' });
    // An unfinished run, newer still: never a leaderboard row.
    store.createRun({
      ...latestFullContextIsolated,
      id: `${latestFullContextIsolated.id}-unfinished`,
      status: 'running',
      startedAt: new Date(Date.now() + 60_000).toISOString(),
      endedAt: undefined,
    });
    return { dir, dbPath, latestFullContextIsolated, olderFullContextIsolated, otherCorpusRun, expectedRows: 7 };
  } finally {
    store.close();
  }
}
