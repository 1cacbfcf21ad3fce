// What a checkpoint finds about one item of one story: the record the store keeps and the reports
// read. The checkpoints themselves (checkpoints/) produce them.

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
