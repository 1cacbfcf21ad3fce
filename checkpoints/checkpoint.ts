// The shared interface of the ten ATANT checkpoints. Each checkpoint compares one story's ground
// truth with what the adapter reported and returns one finding per item it checks (a turn, a stored
// value, a question). CP8 is the score; the others say where a failure happened.
import type { Story } from '../src/corpus/model.js';
import type { QuestionRecord, TurnRecord } from '../src/store/records.js';

export const CHECKPOINT_IDS = ['CP1', 'CP2', 'CP3', 'CP4', 'CP5', 'CP6', 'CP7', 'CP8', 'CP9', 'CP10'] as const;
export type CheckpointId = (typeof CHECKPOINT_IDS)[number];

/**
 * pass / fail: the adapter reported the diagnostic and it matched (or not) the ground truth;
 * not-applicable: the story has no ground truth for this item;
 * not-reported: the story has ground truth but the adapter exposed no diagnostic — never a pass.
 */
export type CheckpointStatus = 'pass' | 'fail' | 'not-applicable' | 'not-reported';

export interface CheckpointFinding {
  checkpoint: CheckpointId;
  /** What was checked: `batch 3`, `batch 3: "Google"`, `question 7_q2`… */
  item: string;
  /** The question this finding belongs to, for read-path checkpoints (to say which failed first). */
  questionId?: string;
  /** The batch this finding belongs to, for write-path checkpoints (set it on every per-turn finding). */
  batch?: number;
  status: CheckpointStatus;
  reason: string;
}

/** Everything a checkpoint may look at for one story of one run. */
export interface CheckpointInput {
  story: Story;
  /** The story's turn records; `diagnostics` holds the adapter's IngestResult for that turn. */
  turns: TurnRecord[];
  /** The story's CP8-graded questions (phases `mid` and `final`); `diagnostics` holds the query diagnostics. */
  questions: QuestionRecord[];
  /** The adapter's dump of its stored state after the story, when it offers `dump()`. */
  dump?: string;
  /**
   * Instead of `dump`: whether the stored state holds a folded value, answered from one index over
   * a dump shared by every story (a cumulative run's single end-of-play dump).
   */
  dumpHas?: (foldedValue: string) => boolean;
}

export interface Checkpoint {
  id: CheckpointId;
  name: string;
  path: 'write' | 'read' | 'cross';
  evaluate(input: CheckpointInput): CheckpointFinding[];
}
