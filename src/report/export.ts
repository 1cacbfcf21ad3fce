// The versioned JSON export of a run: what `run --json` and `report --format json` write, and
// what `rescore` reads back. Bump EXPORT_SCHEMA_VERSION on any incompatible change.
import type { FindingRecord, QuestionRecord, RunRecord, StoredRun, StoryGround, TurnRecord } from '../store/records.js';
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

export function buildExport(stored: StoredRun, summary: RunSummary): RunExport {
  const byStory = groupBy(stored.questions, (q) => q.storyId);
  const findingsByStory = groupBy(stored.findings, (f) => f.storyId);
  const turnsByStory = groupBy(stored.turns, (t) => t.storyId);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    run: { ...stored.run, adapter: `${stored.run.adapterName}@${stored.run.adapterVersion}` },
    summary,
    firstFailures: firstFailures(stored),
    stories: stored.stories.map((s) => {
      const questions = byStory.get(s.storyId) ?? [];
      return {
        id: s.storyId,
        name: s.name,
        category: s.category,
        status: s.status,
        error: s.error,
        passed: questions.filter(isGraded).every((q) => q.outcome === 'pass'),
        canaries: stored.ground.get(s.storyId)?.canaries ?? [],
        questions: questions.map(({ storyId: _s, seq: _q, diagnostics: _d, ...rest }) => rest),
        checkpoints: (findingsByStory.get(s.storyId) ?? []).map(({ storyId: _s, ...rest }) => rest),
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        turns: (turnsByStory.get(s.storyId) ?? []).map(({ storyId: _s, ...rest }) => rest),
        ground: stored.ground.get(s.storyId),
      };
    }),
  };
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
