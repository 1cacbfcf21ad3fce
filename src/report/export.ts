// The versioned JSON export of a run: what `run --json` and `report --format json` write, and
// what `rescore` reads back. Bump EXPORT_SCHEMA_VERSION on any incompatible change.
import type { QuestionRecord, RunRecord, StoredRun } from '../store/records.js';
import { summarize, type RunSummary } from './summary.js';

export const EXPORT_SCHEMA_VERSION = 1;

export interface RunExport {
  schemaVersion: number;
  run: RunRecord & { adapter: string };
  summary: RunSummary;
  stories: Array<{
    id: string;
    name: string;
    category: string;
    status: string;
    error?: string;
    passed: boolean;
    questions: Array<Omit<QuestionRecord, 'storyId' | 'seq' | 'diagnostics'>>;
  }>;
}

export function buildExport(stored: StoredRun, summary: RunSummary = summarize(stored)): RunExport {
  const byStory = new Map<string, QuestionRecord[]>();
  for (const q of stored.questions) byStory.set(q.storyId, [...(byStory.get(q.storyId) ?? []), q]);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    run: { ...stored.run, adapter: `${stored.run.adapterName}@${stored.run.adapterVersion}` },
    summary,
    stories: stored.stories.map((s) => {
      const questions = byStory.get(s.storyId) ?? [];
      return {
        id: s.storyId,
        name: s.name,
        category: s.category,
        status: s.status,
        error: s.error,
        passed: questions.filter((q) => q.phase === 'final' || q.phase === 'mid').every((q) => q.outcome === 'pass'),
        questions: questions.map(({ storyId: _s, seq: _q, diagnostics: _d, ...rest }) => rest),
      };
    }),
  };
}
