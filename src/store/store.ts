// The results store interface. The runner writes through it story by story; reports, rescoring
// and leaderboards read through it, so any past run can be re-reported.
import type { QuestionRecord, RunRecord, RunStatus, StoredRun, StoryResult } from './records.js';

export interface ResultsStore {
  createRun(run: RunRecord): void;
  finishRun(runId: string, status: RunStatus, endedAt: string, error?: string): void;
  /** A run by full id or unique prefix. */
  getRun(idOrPrefix: string): RunRecord | undefined;
  listRuns(): RunRecord[];
  /** Writes a finished story with all its turns and questions in one transaction. */
  saveStory(runId: string, result: StoryResult): void;
  /** Writes one story's questions of a later phase (retention, a probe) in one transaction. */
  savePhase(runId: string, storyId: string, phase: string, questions: QuestionRecord[]): void;
  /** Story ids already saved for this run, for the play phase or a later phase. */
  finishedStories(runId: string, phase?: string): Set<string>;
  loadRun(runId: string): StoredRun;
  close(): void;
}
