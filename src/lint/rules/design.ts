// The ATANT design rules every story must meet, and the "should" rules that warn.
import * as chrono from 'chrono-node';
import { gradedQuestions, type Story } from '../../corpus/model.js';
import type { LintRule } from '../rule.js';

const distinctDays = (story: Story) => new Set(story.turns.map((t) => t.timestamp?.slice(0, 10)).filter(Boolean)).size;

/** Annotated temporal expressions, or failing that any date/time expression chrono finds in the inputs. */
export function hasTemporalReference(story: Story): boolean {
  if (story.turns.some((t) => t.temporal.length > 0)) return true;
  return story.turns.some((t) => chrono.parse(t.text).length > 0);
}

export const designRule: LintRule = {
  name: 'design',
  description: '≥3 turns over ≥2 time points, ≥2 multi-fact utterances, ≥1 temporal reference, ≥3 questions',
  check(story, ctx) {
    const fail = (message: string) => ctx.report('error', story.source, '', `story ${story.id}: ${message}`);
    if (story.turns.length < 3) fail(`has ${story.turns.length} turns; needs at least 3`);
    const days = distinctDays(story);
    if (story.turns.every((t) => t.timestamp) && days < 2) fail(`all turns fall on one day; needs at least 2 time points`);
    if (story.turns.some((t) => t.time && !t.timestamp)) {
      const unreadable = story.turns.find((t) => t.time && !t.timestamp);
      ctx.report('warning', unreadable!.source, 'time', `batch ${unreadable!.batch}: cannot read the clock "${unreadable!.time}"`);
    }
    const multiFact = story.turns.filter((t) => t.expectedStores.length >= 2).length;
    if (multiFact < 2) fail(`has ${multiFact} multi-fact utterance(s) (2+ expected stores); needs at least 2`);
    if (!hasTemporalReference(story)) fail('has no temporal reference');
    const questions = gradedQuestions(story).length;
    if (questions < 3) fail(`has ${questions} question(s); needs at least 3`);
  },
};

const THIRD_PERSON = /\b(he|she|him|her|his|hers|they|them|their)\b/i;

/** Annotated coreference; for a story with no phenomena annotations, a third-person pronoun after the first turn. */
export function hasCoreference(story: Story): boolean {
  if (story.turns.some((t) => t.phenomena.includes('coreference'))) return true;
  const annotated = story.turns.some((t) => t.phenomena.length > 0);
  return !annotated && story.turns.slice(1).some((t) => THIRD_PERSON.test(t.text));
}

const hasTrap = (story: Story) => story.turns.some((t) => t.generalKnowledgeTrap);

export const shouldRule: LintRule = {
  name: 'should',
  description: 'should have an emotional signal and a coreference; the corpus should have general-knowledge traps',
  check(story, ctx) {
    const warn = (message: string) => ctx.report('warning', story.source, '', `story ${story.id}: ${message}`);
    if (!hasTrap(story)) {
      // A corpus needs traps, not every story: stories with none keep the count from being a template.
      const withTraps = ctx.corpus.stories.filter(hasTrap).length;
      if (withTraps === 0) warn('has no general-knowledge trap, and no story in the corpus has one');
      else
        ctx.report(
          'info',
          story.source,
          '',
          `story ${story.id}: has no general-knowledge trap (${withTraps} of ${ctx.corpus.stories.length} stories have one)`,
        );
    }
    if (!story.turns.some((t) => t.adaptation)) warn('has no emotional signal (expected_adaptation)');
    if (!hasCoreference(story)) warn('has no coreference (annotate phenomena: [coreference])');
  },
};
