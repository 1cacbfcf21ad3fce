// Lints a loaded corpus: the loader's findings plus every rule, with the counts a summary needs.
import { sortDiagnostics, type Diagnostic } from '../corpus/diagnostics.js';
import type { LoadResult } from '../corpus/load.js';
import { gradedQuestions, type Story } from '../corpus/model.js';
import { annotationCounts, type AnnotationCounts } from './annotation-counts.js';
import { collect } from './rule.js';
import { LINT_RULES } from './rules/index.js';

export interface LintReport {
  stories: number;
  /** Every CP8-graded question, final and mid-trajectory (general-knowledge traps are not counted). */
  questions: number;
  midTrajectory: number;
  traps: number;
  domains: Record<string, number>;
  /** Unknown keys the loader kept, as `key (n)`. */
  keptKeys: string[];
  corpusHash: string;
  annotations: AnnotationCounts;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Facts worth knowing that are not defects (e.g. questions ambiguous at the end of a cumulative run). */
  notes: Diagnostic[];
}

export function lintCorpus(loaded: LoadResult): LintReport {
  const { corpus } = loaded;
  const findings = sortDiagnostics([...loaded.diagnostics, ...LINT_RULES.flatMap((rule) => collect(rule, corpus))]);
  const domains: Record<string, number> = {};
  for (const s of corpus.stories) domains[s.category] = (domains[s.category] ?? 0) + 1;
  return {
    stories: corpus.stories.length,
    questions: corpus.stories.reduce((n, s) => n + gradedQuestions(s).length, 0),
    midTrajectory: corpus.stories.reduce((n, s) => n + s.turns.filter((t) => t.midQuestion).length, 0),
    traps: corpus.stories.reduce((n, s) => n + s.turns.filter((t) => t.generalKnowledgeTrap).length, 0),
    domains,
    keptKeys: keptKeys(corpus.stories),
    corpusHash: corpus.hash,
    annotations: annotationCounts(corpus.stories),
    errors: findings.filter((d) => d.severity === 'error'),
    warnings: findings.filter((d) => d.severity === 'warning'),
    notes: findings.filter((d) => d.severity === 'info'),
  };
}

function keptKeys(stories: Story[]): string[] {
  const counts = new Map<string, number>();
  const add = (extra: Record<string, unknown>) => {
    for (const key of Object.keys(extra)) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const s of stories) {
    add(s.extra);
    for (const t of s.turns) add(t.extra);
    for (const q of gradedQuestions(s)) add(q.extra);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} (${n})`);
}
