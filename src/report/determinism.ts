// ATANT requires determinism: the same configuration run K times must give the same outcomes.
import type { StoredRun } from '../store/records.js';

export interface OutcomeChange {
  storyId: string;
  questionId: string;
  phase: string;
  question: string;
  /** The outcome in each repeat, in run order. */
  outcomes: string[];
}

export function outcomeChanges(runs: StoredRun[]): OutcomeChange[] {
  const byKey = new Map<string, OutcomeChange>();
  runs.forEach((stored, i) => {
    for (const q of stored.questions) {
      const key = `${q.phase}\0${q.questionId}`;
      const entry = byKey.get(key) ?? {
        storyId: q.storyId,
        questionId: q.questionId,
        phase: q.phase,
        question: q.question,
        outcomes: Array<string>(runs.length).fill('missing'),
      };
      entry.outcomes[i] = q.outcome;
      byKey.set(key, entry);
    }
  });
  return [...byKey.values()].filter((c) => new Set(c.outcomes).size > 1);
}
