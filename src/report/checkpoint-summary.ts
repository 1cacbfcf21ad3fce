// Per-checkpoint counts, and for each failed question the first checkpoint that failed on its path
// (write path: the turns that hold its answer; then the read path), so a user sees where it broke.
import { CHECKPOINT_IDS, type CheckpointId } from '../../checkpoints/checkpoint.js';
import type { FindingRecord, StoredRun } from '../store/records.js';
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

export function checkpointCounts(findings: readonly FindingRecord[]): Record<CheckpointId, CheckpointCounts> {
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

export function firstFailures(stored: StoredRun): FirstFailure[] {
  const byStory = groupBy(stored.findings, (f) => f.storyId);
  const out: FirstFailure[] = [];
  for (const q of stored.questions.filter((r) => isGraded(r) && r.outcome !== 'pass')) {
    const findings = byStory.get(q.storyId) ?? [];
    const batches = new Set(stored.ground.get(q.storyId)?.questions[q.questionId]?.answerBatches ?? []);
    const relevant = findings.filter(
      (f) =>
        f.status === 'fail' &&
        (f.questionId === q.questionId || (f.questionId === undefined && f.batch !== undefined && batches.has(f.batch))),
    );
    const first = ORDER.map((cp) => relevant.find((f) => f.checkpoint === cp)).find(Boolean);
    if (first)
      out.push({
        storyId: q.storyId,
        questionId: q.questionId,
        checkpoint: first.checkpoint,
        path: PATH_OF[first.checkpoint],
        reason: first.reason,
      });
    else out.push({ storyId: q.storyId, questionId: q.questionId, checkpoint: 'CP8', path: 'read', reason: q.reason ?? 'failed' });
  }
  return out;
}
