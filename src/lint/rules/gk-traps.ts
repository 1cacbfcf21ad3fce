// General-knowledge traps must be about the world, not the user: no personal keyword of the story
// may appear in them, and a `GK trap` marker on a first-person question is suspect.
import { gradedQuestions, type Story } from '../../corpus/model.js';
import type { LintRule } from '../rule.js';
import { occursIn } from '../../text/match.js';

const FIRST_PERSON = /\b(my|mine|me|i|i'm|i've|we|our|us)\b/i;

function personalKeywords(story: Story): string[] {
  const values = new Set<string>();
  for (const t of story.turns) for (const v of t.expectedStores) values.add(v);
  for (const q of gradedQuestions(story)) for (const v of q.expected) values.add(v);
  return [...values].filter((v) => v.trim().length >= 3);
}

export const gkTrapRule: LintRule = {
  name: 'gk-trap',
  description: 'general-knowledge traps carry no personal keywords and are not questions about the story',
  check(story, ctx) {
    const personal = personalKeywords(story);
    for (const turn of story.turns.filter((t) => t.generalKnowledgeTrap)) {
      const leaked = personal.filter((k) => occursIn(k, turn.text));
      if (leaked.length > 0) {
        ctx.report(
          'error',
          turn.source,
          'user_input',
          `batch ${turn.batch} is marked general-knowledge but mentions personal keywords: ${leaked.join(', ')}`,
        );
      } else if (turn.gkMarker && FIRST_PERSON.test(turn.text)) {
        ctx.report(
          'warning',
          turn.source,
          'expected_memory_stores',
          `batch ${turn.batch} is marked "GK trap" but reads as a question about the user's own story`,
        );
      }
      if (turn.expectedStores.length > 0)
        ctx.report('error', turn.source, 'expected_stores', `batch ${turn.batch} is a general-knowledge trap but expects stored values`);
    }
  },
};
