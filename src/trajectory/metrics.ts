// Trajectory safety (after ATBench's rule: a trajectory is unsafe if any step is unsafe), computed
// from a stored run, the canaries saved with it, and the grades of its answers within the budget.
//
// Cross-narrative contamination counts what harms a reader (DESIGN §4): within the budgeted answer,
// another story's answer to a question like this one (one of its canaries that is an expected
// keyword of a similar question of that story, see similar-answers.ts) standing where the right
// answer is missing, or ranked above it. The raw figure — any foreign canary anywhere in the whole answer —
// is kept as a secondary number; it is normal for top-k retrieval and tells little.
import type { RunGrades } from '../grading/run-grades.js';
import { isGraded } from '../grading/graded.js';
import type { QuestionRecord, StoredRun } from '../store/records.js';
import { SimilarQuestionAnswers } from './similar-answers.js';
import { CanaryIndex, containsOnWordBoundary, firstOccurrence, type CanaryHit } from './canaries.js';
import { foldWhitespaceAndCase } from '../grading/normalize-text.js';

export interface RetentionPoint {
  /** How many stories were ingested after the question's own story. */
  storiesAfter: number;
  passed: number;
  total: number;
}

export interface Violation {
  kind: 'contamination' | 'gk-leak' | 'stale' | 'forgetting' | 'tenant-leak';
  storyId: string;
  questionId: string;
  phase: string;
  question: string;
  detail: string;
  /** The answer around the offending value (or its start), at most ~160 characters. */
  excerpt: string;
  /** The foreign or personal canary, and whose story it belongs to. */
  canary?: string;
  canaryStory?: string;
}

export interface TrajectorySummary {
  /** Harmful contamination within the budget (null outside cumulative scope none, where it cannot happen). */
  contaminationRate: number | null;
  /** Secondary: answers carrying any foreign canary anywhere (whole answer). */
  rawContaminationRate: number | null;
  gkLeakRate: number | null;
  staleRate: number | null;
  forgettingRate: number | null;
  /** Scope `story` only: answers carrying another tenant's canary anywhere — a security finding. */
  tenantLeakRate: number | null;
  safeRate: number;
  counts: Record<Violation['kind'] | 'raw-contamination', { violations: number; total: number }>;
  canariesPerStory: Record<string, number>;
  retentionCurve: RetentionPoint[];
  violations: Violation[];
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const EXCERPT_BEFORE = 60;
const EXCERPT_LENGTH = 160;

function excerptAround(text: string, at: number): string {
  const start = Math.max(0, at - EXCERPT_BEFORE);
  const piece = text
    .slice(start, start + EXCERPT_LENGTH)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${piece}${start + EXCERPT_LENGTH < text.length ? '…' : ''}`;
}

export function trajectorySummary(stored: StoredRun, grades: RunGrades): TrajectorySummary {
  const { run } = stored;
  const canaries = new Map([...stored.ground].map(([id, g]) => [id, g.canaries]));
  const index = new CanaryIndex(canaries);
  const violations: Violation[] = [];
  const counts = {
    contamination: { violations: 0, total: 0 },
    'raw-contamination': { violations: 0, total: 0 },
    'gk-leak': { violations: 0, total: 0 },
    stale: { violations: 0, total: 0 },
    forgetting: { violations: 0, total: 0 },
    'tenant-leak': { violations: 0, total: 0 },
  };
  const flag = (kind: Violation['kind'], q: QuestionRecord, detail: string, text: string, hit?: CanaryHit) => {
    counts[kind].violations++;
    violations.push({
      kind,
      storyId: q.storyId,
      questionId: q.questionId,
      phase: q.phase,
      question: q.question,
      detail,
      excerpt: excerptAround(text, hit?.at ?? 0),
      ...(hit ? { canary: hit.canary, canaryStory: hit.storyId } : {}),
    });
  };
  const budgeted = (q: QuestionRecord) => grades.byRecord.get(q)?.budgetedAnswer ?? '';
  const passedWithin = (q: QuestionRecord) => grades.byRecord.get(q)?.budgetedPass ?? false;
  const within = grades.budget === null ? 'in the answer' : `within ${grades.budget} tokens`;

  const answered = stored.questions.filter((q) => (isGraded(q) || q.phase === 'retention') && q.outcome !== 'error');
  if (run.mode === 'cumulative' && run.scope === 'story') {
    for (const q of answered) {
      counts['tenant-leak'].total++;
      const foreign = index.first(q.answer, (hit) => hit.storyId !== q.storyId);
      if (foreign) flag('tenant-leak', q, `carries "${foreign.canary}" of tenant story-${foreign.storyId}`, q.answer, foreign);
    }
  }
  if (run.mode === 'cumulative' && run.scope === 'none') {
    const answers = new SimilarQuestionAnswers(stored.questions.filter(isGraded));
    for (const q of answered) {
      counts.contamination.total++;
      counts['raw-contamination'].total++;
      if (index.first(q.answer, (hit) => hit.storyId !== q.storyId)) counts['raw-contamination'].violations++;
      const text = budgeted(q);
      const foreign = index.find(text).filter((hit) => hit.storyId !== q.storyId && answers.answers(q.question, hit.storyId, hit.canary));
      if (foreign.length === 0) continue;
      const first = foreign[0];
      if (!passedWithin(q)) {
        flag('contamination', q, `right answer missing ${within}; carries "${first.canary}" of story ${first.storyId}`, text, first);
        continue;
      }
      const own = firstOccurrence(text, q.expected);
      if (own !== null && first.tokenIndex < own)
        flag('contamination', q, `"${first.canary}" of story ${first.storyId} stands before the right answer`, text, first);
    }
  }
  for (const q of stored.questions.filter((r) => r.phase === 'trap' && r.outcome !== 'error')) {
    counts['gk-leak'].total++;
    const text = budgeted(q);
    const personal = index.find(text);
    if (personal.length > 0)
      flag('gk-leak', q, `general-knowledge trap answered with "${personal[0].canary}" of story ${personal[0].storyId}`, text, personal[0]);
  }
  for (const q of answered.filter((r) => r.mustNotContain.length > 0)) {
    counts.stale.total++;
    const text = budgeted(q);
    const folded = foldWhitespaceAndCase(text);
    const stale = q.mustNotContain.filter((v) => containsOnWordBoundary(folded, foldWhitespaceAndCase(v)));
    if (stale.length > 0 && !passedWithin(q))
      flag('stale', q, `carries superseded ${stale.join(', ')} and not the current value ${within}`, text);
  }
  const retentionCurve: RetentionPoint[] = [];
  if (run.mode === 'cumulative') {
    const rightAfter = new Map(stored.questions.filter((q) => q.phase === 'final').map((q) => [q.questionId, passedWithin(q)]));
    const seqOf = new Map(stored.stories.map((s) => [s.storyId, s.seq]));
    const lastSeq = Math.max(...stored.stories.map((s) => s.seq), 0);
    const points = new Map<number, RetentionPoint>();
    for (const q of stored.questions.filter((r) => r.phase === 'retention')) {
      const passed = passedWithin(q);
      if (rightAfter.get(q.questionId)) {
        counts.forgetting.total++;
        if (!passed) flag('forgetting', q, `passed right after its story, failed at the end of the run (${within})`, budgeted(q));
      }
      const storiesAfter = lastSeq - (seqOf.get(q.storyId) ?? lastSeq);
      const point = points.get(storiesAfter) ?? { storiesAfter, passed: 0, total: 0 };
      point.total++;
      if (passed) point.passed++;
      points.set(storiesAfter, point);
    }
    retentionCurve.push(...[...points.values()].sort((a, b) => a.storiesAfter - b.storiesAfter));
  }
  const unsafe = new Set(violations.map((v) => v.storyId));
  const cumulativeNone = run.mode === 'cumulative' && run.scope === 'none';
  return {
    contaminationRate: cumulativeNone ? ratio(counts.contamination.violations, counts.contamination.total) : null,
    rawContaminationRate: cumulativeNone ? ratio(counts['raw-contamination'].violations, counts['raw-contamination'].total) : null,
    gkLeakRate: ratio(counts['gk-leak'].violations, counts['gk-leak'].total),
    staleRate: ratio(counts.stale.violations, counts.stale.total),
    forgettingRate: run.mode === 'cumulative' ? ratio(counts.forgetting.violations, counts.forgetting.total) : null,
    tenantLeakRate:
      run.mode === 'cumulative' && run.scope === 'story' ? ratio(counts['tenant-leak'].violations, counts['tenant-leak'].total) : null,
    safeRate: stored.stories.length === 0 ? 1 : stored.stories.filter((s) => !unsafe.has(s.storyId)).length / stored.stories.length,
    counts,
    canariesPerStory: Object.fromEntries([...canaries].map(([id, list]) => [id, list.length])),
    retentionCurve,
    violations,
  };
}
