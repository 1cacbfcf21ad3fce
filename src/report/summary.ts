// The numbers a report shows, computed from a stored run (never from live runner state).
import { wilson } from '../stats/wilson.js';
import type { QuestionRecord, StoredRun } from '../store/records.js';
import { compliance, type Compliance } from './compliance.js';

export interface Rate {
  passed: number;
  total: number;
  rate: number;
  wilson95: [number, number];
}

export interface RunSummary {
  /** CP8-graded questions asked during play (mid-trajectory and final). */
  questions: Rate & { failed: number; errors: number };
  stories: Rate & { errors: number };
  /** Cumulative mode: the final questions asked again at the end of the run. */
  retention?: Rate;
  generalKnowledgeTraps: number;
  byCategory: Record<string, Rate>;
  compliance: Compliance;
  /** Adapter errors and timeouts recorded (question and turn level). */
  adapterErrors: number;
}

export function rate(passed: number, total: number): Rate {
  return { passed, total, rate: total === 0 ? 0 : passed / total, wilson95: wilson(passed, total) };
}

export const isGraded = (q: QuestionRecord) => q.phase === 'final' || q.phase === 'mid';

export function summarize(stored: StoredRun): RunSummary {
  const graded = stored.questions.filter(isGraded);
  const passed = graded.filter((q) => q.outcome === 'pass').length;
  const errors = graded.filter((q) => q.outcome === 'error').length;
  const byStory = groupBy(graded, (q) => q.storyId);
  const storyPasses = stored.stories.filter((s) => (byStory.get(s.storyId) ?? []).every((q) => q.outcome === 'pass')).length;
  const retention = stored.questions.filter((q) => q.phase === 'retention');
  const categoryOf = new Map(stored.stories.map((s) => [s.storyId, s.category]));
  const byCategory: Record<string, Rate> = {};
  for (const [category, qs] of groupBy(graded, (q) => categoryOf.get(q.storyId) ?? 'unknown')) {
    byCategory[category] = rate(qs.filter((q) => q.outcome === 'pass').length, qs.length);
  }
  const questionRate = rate(passed, graded.length);
  return {
    questions: { ...questionRate, failed: graded.length - passed - errors, errors },
    stories: { ...rate(storyPasses, stored.stories.length), errors: stored.stories.filter((s) => s.status === 'error').length },
    retention: stored.run.mode === 'cumulative' ? rate(retention.filter((q) => q.outcome === 'pass').length, retention.length) : undefined,
    generalKnowledgeTraps: stored.questions.filter((q) => q.phase === 'trap').length,
    byCategory,
    compliance: compliance(stored.run.mode, stored.stories.length, questionRate.rate, stored.run.llmInLoop),
    adapterErrors: stored.questions.filter((q) => q.outcome === 'error').length + stored.turns.filter((t) => t.outcome === 'error').length,
  };
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
