// The shared interface of the ten ATANT checkpoints. Each checkpoint compares one story's ground
// truth with what the adapter reported and returns one finding per item it checks (a turn, a stored
// value, a question). CP8 is the score; the others say where a failure happened.
import type { Story } from '../src/corpus/model.js';
import type { CheckpointFinding, CheckpointId } from '../src/store/findings.js';
import type { QuestionRecord, TurnRecord } from '../src/store/records.js';

export { CHECKPOINT_IDS, type CheckpointFinding, type CheckpointId, type CheckpointStatus } from '../src/store/findings.js';

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
  /**
   * CP7 reads a convergence set only within this many o200k tokens (src/grading/run-rules.ts);
   * null: the whole set. Undefined: the convergence budget at the default answer budget.
   */
  convergenceBudget?: number | null;
  /** CP10 counts the forms of one emotion word as one (src/grading/run-rules.ts). Undefined: true. */
  emotionForms?: boolean;
}

export interface Checkpoint {
  id: CheckpointId;
  name: string;
  path: 'write' | 'read' | 'cross';
  evaluate(input: CheckpointInput): CheckpointFinding[];
}
