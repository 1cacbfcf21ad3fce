// Per-checkpoint counts, and for each failed question the first checkpoint that failed on its path
// (write path: the turns that hold its answer; then the read path), so a user sees where it broke.
import { CHECKPOINT_IDS, type CheckpointId } from '../../checkpoints/checkpoint.js';
import type { FindingRecord, QuestionRecord, StoredRun, StoryGround } from '../store/records.js';
import { groupBy } from '../group-by.js';
import { isGraded } from '../grading/graded.js';

export interface CheckpointCounts {
  passed: number;
  failed: number;
  notApplicable: number;
  notReported: number;
}

export interface FirstFailure {
  storyId: string;
  questionId: string;
  checkpoint: CheckpointId;
  path: 'write' | 'read' | 'cross';
  reason: string;
}

const PATH_OF: Record<CheckpointId, FirstFailure['path']> = {
  CP1: 'write',
  CP2: 'write',
  CP3: 'write',
  CP4: 'write',
  CP5: 'read',
  CP6: 'read',
  CP7: 'read',
  CP8: 'read',
  CP9: 'cross',
  CP10: 'cross',
};
const ORDER: CheckpointId[] = ['CP1', 'CP2', 'CP3', 'CP4', 'CP9', 'CP10', 'CP5', 'CP6', 'CP7', 'CP8'];

export function checkpointCounts(findings: Iterable<FindingRecord>): Record<CheckpointId, CheckpointCounts> {
  const counts = Object.fromEntries(CHECKPOINT_IDS.map((id) => [id, { passed: 0, failed: 0, notApplicable: 0, notReported: 0 }])) as Record<
    CheckpointId,
    CheckpointCounts
  >;
  for (const f of findings) {
    const c = counts[f.checkpoint];
    if (!c) continue;
    if (f.status === 'pass') c.passed++;
    else if (f.status === 'fail') c.failed++;
    else if (f.status === 'not-applicable') c.notApplicable++;
    else c.notReported++;
  }
  return counts;
}

type FailedQuestion = Pick<QuestionRecord, 'storyId' | 'questionId' | 'reason'>;

/** The questions whose first failure is reported: CP8-graded ones that did not pass. */
export const failedGraded = (q: Pick<QuestionRecord, 'phase' | 'outcome'>) => isGraded(q) && q.outcome !== 'pass';

/** The first failing checkpoint on a failed question's path, from its story's findings. */
export function firstFailureOf(q: FailedQuestion, storyFindings: readonly FindingRecord[], ground: StoryGround | undefined): FirstFailure {
  const batches = new Set(ground?.questions[q.questionId]?.answerBatches ?? []);
  const relevant = storyFindings.filter(
    (f) =>
      f.status === 'fail' &&
      (f.questionId === q.questionId || (f.questionId === undefined && f.batch !== undefined && batches.has(f.batch))),
  );
  const first = ORDER.map((cp) => relevant.find((f) => f.checkpoint === cp)).find(Boolean);
  if (first)
    return {
      storyId: q.storyId,
      questionId: q.questionId,
      checkpoint: first.checkpoint,
      path: PATH_OF[first.checkpoint],
      reason: first.reason,
    };
  return { storyId: q.storyId, questionId: q.questionId, checkpoint: 'CP8', path: 'read', reason: q.reason ?? 'failed' };
}

export function firstFailures(stored: Pick<StoredRun, 'findings' | 'questions' | 'ground'>): FirstFailure[] {
  const byStory = groupBy(stored.findings, (f) => f.storyId);
  return stored.questions.filter(failedGraded).map((q) => firstFailureOf(q, byStory.get(q.storyId) ?? [], stored.ground.get(q.storyId)));
}
