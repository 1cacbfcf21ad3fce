// The results store interface. The runner writes through it story by story; reports, rescoring
// and leaderboards read through it, so any past run can be re-reported.
import type { CheckpointFinding, CheckpointId } from './findings.js';
import type {
  FindingRecord,
  QuestionRecord,
  RunLease,
  RunMetrics,
  RunRecord,
  RunStatus,
  StoredRun,
  StoryGround,
  StoryRecord,
  StoryResult,
  TurnRecord,
} from './records.js';

export interface ReadOptions {
  /**
   * Which diagnostics to parse: all (default), only the LLM usage the efficiency figures read
   * (`usage`: others are dropped unparsed), or none.
   */
  diagnostics?: 'all' | 'usage' | 'none';
}

export interface ResultsStore {
  createRun(run: RunRecord): void;
  finishRun(runId: string, status: RunStatus, endedAt: string, error?: string, metrics?: RunMetrics): void;
  /** The ground truth reports need, written once when the run starts. */
  saveGround(runId: string, ground: StoryGround[]): void;
  /** A run by full id or unique prefix. */
  getRun(idOrPrefix: string): RunRecord | undefined;
  listRuns(): RunRecord[];
  /** Writes a finished story with its turns, questions and checkpoint findings in one transaction. */
  saveStory(runId: string, result: StoryResult): void;
  /** Writes one story's questions of a later phase (retention, a probe) in one transaction. */
  savePhase(runId: string, storyId: string, phase: string, questions: QuestionRecord[]): void;
  /** Story ids already saved for this run, for the play phase or a later phase. */
  finishedStories(runId: string, phase?: string): Set<string>;
  loadRun(runId: string): StoredRun;
  /**
   * A run read piece by piece, for reports that must not hold a whole large run in memory: each
   * iterator streams rows in the order `loadRun` gives them, reading long answers as it goes.
   */
  runStories(runId: string): StoryRecord[];
  runGround(runId: string): Map<string, StoryGround>;
  /** Questions in order of asking; `answers: false` leaves every answer empty (no blob is read). */
  iterateQuestions(runId: string, options?: ReadOptions & { answers?: boolean }): IterableIterator<QuestionRecord>;
  iterateTurns(runId: string, options?: ReadOptions): IterableIterator<TurnRecord>;
  iterateFindings(runId: string): IterableIterator<FindingRecord>;
  /** One story's turns, questions and findings, each in the order `loadRun` gives them. */
  storyRecords(runId: string, storyId: string): { turns: TurnRecord[]; questions: QuestionRecord[]; findings: FindingRecord[] };
  /**
   * Takes the run's lease in one atomic step when it is free or `canTakeOver(current)` says its
   * holder is gone; otherwise returns the current holder and changes nothing.
   */
  claimLease(lease: RunLease, canTakeOver: (current: RunLease) => boolean): { granted: true } | { granted: false; holder: RunLease };
  /** Moves the heartbeat forward; false when this token no longer holds the lease. */
  renewLease(runId: string, token: string, now: number): boolean;
  releaseLease(runId: string, token: string): void;
  /** A cumulative run's single end-of-play dump of the shared store. */
  saveRunDump(runId: string, dump: string): void;
  runDump(runId: string): string | undefined;
  storyTurns(runId: string, storyId: string): TurnRecord[];
  /** Replaces one checkpoint's findings for a story in place, and marks the story done for `phase`. */
  replaceCheckpointFindings(runId: string, storyId: string, checkpoint: CheckpointId, findings: CheckpointFinding[], phase: string): void;
  /** Deletes runs with everything they recorded; returns how many were deleted. */
  deleteRuns(runIds: string[]): number;
  /** Returns the space freed by deletions to the file system. */
  vacuum(): void;
  close(): void;
}
