// The versioned JSON export of a run: what `run --json` and `report --format json` write, and
// what `rescore` reads back. Bump EXPORT_SCHEMA_VERSION on any incompatible change.
import type { FindingRecord, QuestionRecord, RunRecord, StoredRun, StoryGround, StoryRecord, TurnRecord } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';
import { jsonChunksWithStories } from './export-json.js';
import type { StreamedRun } from './streamed-run.js';
import { firstFailures, type FirstFailure } from './checkpoint-summary.js';
import type { RunSummary } from './summary.js';
import { groupBy } from '../group-by.js';
import { isGraded } from '../grading/graded.js';

export const EXPORT_SCHEMA_VERSION = 1;

export interface RunExport {
  schemaVersion: number;
  run: RunRecord & { adapter: string };
  summary: RunSummary;
  /** For each failed question, the first checkpoint that failed on its path. */
  firstFailures: FirstFailure[];
  stories: Array<{
    id: string;
    name: string;
    category: string;
    status: string;
    error?: string;
    passed: boolean;
    canaries: string[];
    questions: Array<Omit<QuestionRecord, 'storyId' | 'seq' | 'diagnostics'>>;
    checkpoints: Array<Omit<FindingRecord, 'storyId'>>;
    /** What `import-run` needs to re-report the run in another database (added in 0.1; optional when read). */
    startedAt?: string;
    endedAt?: string;
    turns?: Array<Omit<TurnRecord, 'storyId'>>;
    ground?: StoryGround;
  }>;
}

type ExportedStory = RunExport['stories'][number];

/** One story of the export, from its records (questions in order of asking). */
export function exportStory(
  s: StoryRecord,
  questions: readonly QuestionRecord[],
  findings: readonly FindingRecord[],
  turns: readonly TurnRecord[],
  ground: StoryGround | undefined,
): ExportedStory {
  return {
    id: s.storyId,
    name: s.name,
    category: s.category,
    status: s.status,
    error: s.error,
    passed: questions.filter(isGraded).every((q) => q.outcome === 'pass'),
    canaries: ground?.canaries ?? [],
    questions: questions.map(({ storyId: _s, seq: _q, diagnostics: _d, ...rest }) => rest),
    checkpoints: findings.map(({ storyId: _s, ...rest }) => rest),
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    turns: turns.map(({ storyId: _s, ...rest }) => rest),
    ground,
  };
}

const exportHead = (run: RunRecord, summary: RunSummary, failures: FirstFailure[]) => ({
  schemaVersion: EXPORT_SCHEMA_VERSION,
  run: { ...run, adapter: `${run.adapterName}@${run.adapterVersion}` },
  summary,
  firstFailures: failures,
});

export function buildExport(stored: StoredRun, summary: RunSummary): RunExport {
  const byStory = groupBy(stored.questions, (q) => q.storyId);
  const findingsByStory = groupBy(stored.findings, (f) => f.storyId);
  const turnsByStory = groupBy(stored.turns, (t) => t.storyId);
  return {
    ...exportHead(stored.run, summary, firstFailures(stored)),
    stories: stored.stories.map((s) =>
      exportStory(
        s,
        byStory.get(s.storyId) ?? [],
        findingsByStory.get(s.storyId) ?? [],
        turnsByStory.get(s.storyId) ?? [],
        stored.ground.get(s.storyId),
      ),
    ),
  };
}

/**
 * The export of a stored run as JSON text chunks, each story read from the store when it is
 * written: the same bytes as `exportJsonChunks(buildExport(…))` (`extra` keys follow `stories`).
 */
export function* storedExportChunks(
  store: ResultsStore,
  streamed: Pick<StreamedRun, 'outline' | 'summary' | 'firstFailures'>,
  extra: Record<string, unknown> = {},
): Generator<string> {
  const { run, stories, ground } = streamed.outline;
  function* exported(): Generator<ExportedStory> {
    for (const s of stories) {
      const records = store.storyRecords(run.id, s.storyId);
      yield exportStory(s, records.questions, records.findings, records.turns, ground.get(s.storyId));
    }
  }
  yield* jsonChunksWithStories({ ...exportHead(run, streamed.summary, streamed.firstFailures), stories: [], ...extra }, exported());
}

/**
 * The run and its summary without per-question answers or the list of trajectory violations:
 * small enough to publish (a full-context export carries every answer, tens of megabytes).
 * `report <run-id> --format json` gives the full export from the results store.
 */
export function buildSummaryExport(stored: StoredRun, summary: RunSummary): Pick<RunExport, 'schemaVersion' | 'run' | 'summary'> {
  const { violations: _omitted, ...trajectory } = summary.trajectory;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    run: { ...stored.run, adapter: `${stored.run.adapterName}@${stored.run.adapterVersion}` },
    summary: { ...summary, trajectory: { ...trajectory, violations: [] } },
  };
}
