// Corpus-wide counts of the annotated phenomena, so a corpus can show it exercises each property.
import { gradedQuestions, type Story } from '../corpus/model.js';
import { collides } from '../text/match.js';

export interface AnnotationCounts {
  /** Annotated updates whose superseded value some question lists as must-not-appear. */
  updatesWithMustNotQuestion: number;
  updates: number;
  relativeTimeReferences: number;
  negations: number;
  coreferences: number;
  /** Situation questions whose answer draws on two or more batches. */
  situationQuestions: number;
  midTrajectoryQuestions: number;
  /** Stories with no relative time reference, update, negation, coreference or situation question. */
  storiesMissing: Record<'relativeTime' | 'update' | 'negation' | 'coreference' | 'situation', string[]>;
}

export function annotationCounts(stories: readonly Story[]): AnnotationCounts {
  const counts: AnnotationCounts = {
    updatesWithMustNotQuestion: 0,
    updates: 0,
    relativeTimeReferences: 0,
    negations: 0,
    coreferences: 0,
    situationQuestions: 0,
    midTrajectoryQuestions: 0,
    storiesMissing: { relativeTime: [], update: [], negation: [], coreference: [], situation: [] },
  };
  for (const story of stories) {
    const questions = gradedQuestions(story);
    const mustNot = questions.flatMap((q) => q.mustNotContain);
    const updates = story.turns.flatMap((t) => t.updates);
    const relative = story.turns.flatMap((t) => t.temporal.filter((x) => x.relative)).length;
    const negations = story.turns.filter((t) => t.phenomena.includes('negation')).length;
    const coreferences = story.turns.filter((t) => t.phenomena.includes('coreference')).length;
    const situations = questions.filter((q) => q.questionClass === 'situation' && new Set(q.answerBatches).size >= 2).length;
    counts.updates += updates.length;
    counts.updatesWithMustNotQuestion += updates.filter((u) => mustNot.some((v) => collides(v, u.from))).length;
    counts.relativeTimeReferences += relative;
    counts.negations += negations;
    counts.coreferences += coreferences;
    counts.situationQuestions += situations;
    counts.midTrajectoryQuestions += story.turns.filter((t) => t.midQuestion).length;
    const missing = (key: keyof AnnotationCounts['storiesMissing'], n: number) => n === 0 && counts.storiesMissing[key].push(story.id);
    missing('relativeTime', relative);
    missing('update', updates.length);
    missing('negation', negations);
    missing('coreference', coreferences);
    missing('situation', situations);
  }
  return counts;
}
