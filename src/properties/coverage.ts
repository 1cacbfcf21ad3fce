// Property coverage (P1–P7): for each continuity property, whether the run exercised it, the
// evidence, and the pass rate over the questions that show it.
import { PROPERTIES, type Property } from '../corpus/model.js';
import { groupBy } from '../group-by.js';
import { isGraded } from '../grading/graded.js';
import type { QuestionRecord, StoredRun } from '../store/records.js';

export interface PropertyCoverage {
  exercised: boolean;
  passed: number;
  total: number;
  evidence: string;
}

const passedOf = (qs: QuestionRecord[]) => qs.filter((q) => q.outcome === 'pass').length;

function fromQuestions(qs: QuestionRecord[], evidence: string): PropertyCoverage {
  return {
    exercised: qs.length > 0,
    passed: passedOf(qs),
    total: qs.length,
    evidence: qs.length > 0 ? evidence : 'no question in this corpus tests it',
  };
}

/**
 * What a probe's answers are compared with: the same final questions asked through the live
 * instance at the same point of the run. In cumulative mode the probes run after every story is in,
 * so that is end-of-run retention, not the answers given right after each story (which would count
 * forgetting under load as a persistence failure).
 */
export function probeBaseline(stored: StoredRun): QuestionRecord[] {
  const retention = stored.questions.filter((q) => q.phase === 'retention');
  if (stored.run.mode === 'cumulative' && retention.length > 0) return retention;
  return stored.questions.filter((q) => q.phase === 'final');
}

export function propertyCoverage(stored: StoredRun): Record<Property, PropertyCoverage> {
  const graded = stored.questions.filter(isGraded);
  const tagged = (p: Property) => graded.filter((q) => stored.ground.get(q.storyId)?.questions[q.questionId]?.properties.includes(p));
  const probe = (phase: string) => stored.questions.filter((q) => q.phase === phase);
  const before = probeBaseline(stored);
  const when = stored.run.mode === 'cumulative' ? 'at the end of the run, through the live instance' : 'right after each story';
  const probeEvidence = (what: string, qs: QuestionRecord[]) =>
    qs.length === 0
      ? `not exercised: run with --probe ${what}`
      : `${qs.length} final questions re-asked through a new instance on the same data directory (${what} probe): ${passedOf(qs)}/${qs.length} passed, against ${passedOf(before)}/${before.length} ${when}`;

  const categoryOf = new Map([...stored.ground].map(([id, g]) => [id, g.category]));
  const categories = groupBy(graded, (q) => categoryOf.get(q.storyId) ?? 'unknown');
  const perDomain = [...categories].map(([c, qs]) => `${c} ${passedOf(qs)}/${qs.length}`).join(', ');
  const cumulative = stored.run.mode === 'cumulative' && stored.stories.length >= 2;
  const persistence = probe('probe:persistence');
  const independence = probe('probe:model-independence');

  const coverage: Record<Property, PropertyCoverage> = {
    P1: { ...fromQuestions(persistence, ''), evidence: probeEvidence('persistence', persistence) },
    P2: fromQuestions(tagged('P2'), 'questions about a value that an update superseded'),
    P3: fromQuestions(tagged('P3'), 'questions about dates, times, sequence and status'),
    P4: cumulative
      ? {
          exercised: true,
          passed: passedOf(graded),
          total: graded.length,
          evidence: `${stored.stories.length} narratives in one store (cumulative, scope ${stored.run.scope})`,
        }
      : { exercised: false, passed: 0, total: 0, evidence: 'not exercised: needs a cumulative run' },
    P5: fromQuestions(tagged('P5'), 'situation questions needing facts from several turns'),
    P6: { ...fromQuestions(independence, ''), evidence: probeEvidence('model-independence', independence) },
    P7:
      categories.size >= 2
        ? {
            exercised: true,
            passed: passedOf(graded),
            total: graded.length,
            evidence: `one unchanged configuration across ${categories.size} domains: ${perDomain}`,
          }
        : { exercised: false, passed: 0, total: 0, evidence: `not exercised: ${categories.size} domain(s); needs at least 2` },
  };
  return Object.fromEntries(PROPERTIES.map((p) => [p, coverage[p]])) as Record<Property, PropertyCoverage>;
}
