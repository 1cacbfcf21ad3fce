// Two narratives that fit a question alike: the words and the conversation cannot tell which one the
// user means ("Who is my surgeon?" after two stories with a surgeon, asked when the conversation is
// about neither), so the answer gives the best fact of each, the chosen narrative's first. The
// conversation still moves to the chosen one (route.ts), and a situation question, whose parts must
// come from one narrative, is never hedged. The runner-up's best fact is the one it would answer with
// were it chosen: ranked by its own facts' word weights, as the chosen narrative's are
// (narrative-weights.ts), not by the whole store's, which drift as other stories are told. The same
// goes for the narrative the question's words fit best when the conversation chose another one it
// had looked back at (route.ts): the words and the conversation disagree, so the answer gives both.
// The runner-up's fact comes with what would come with it were its narrative chosen (compose.ts): what
// last replaced it in that narrative ("booked her first vet visit for August 12" / "they moved it to
// August 14"), else the hedge gives a value since changed; and the sentence that introduced someone
// it calls by first name ("Yerlan starts May 26" / "the top two are Yerlan Abenov, …"), which says
// who they are.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { introductionOf } from './introductions.js';
import type { Scored } from './rank.js';
import type { RouteChoice } from './route.js';

/** The runner-up narrative's value, as a share of the chosen one's, from which the two are taken as alike. */
export const ALIKE_SHARE = 0.8;

/** How many replacements of a replacement are followed (a value changed again and again). */
const MAX_REPLACEMENTS = 4;

/**
 * The fact of its own narrative that last replaced `fact`, following replacements of replacements:
 * the value as it stands now. A replacement told in another narrative is not that narrative's answer.
 */
export function latestReplacementWithin(memory: Memory, fact: Fact): Fact | undefined {
  let latest: Fact | undefined;
  let at = fact;
  for (let i = 0; i < MAX_REPLACEMENTS && at.supersededBy !== undefined; i++) {
    const next = memory.fact(at.supersededBy);
    if (!next || next.narrative !== fact.narrative || next === fact || next === latest) break;
    latest = at = next;
  }
  return latest;
}

/** What comes with a narrative's best fact in its answer (compose.ts): what replaced it, and who a first name in it is. */
export function companionsWithin(memory: Memory, fact: Fact): Fact[] {
  const companions: Fact[] = [];
  const replacement = latestReplacementWithin(memory, fact);
  if (replacement) companions.push(replacement);
  const introduction = introductionOf(memory, fact);
  if (introduction && !companions.includes(introduction)) companions.push(introduction);
  return companions;
}

/**
 * The chosen narrative's ranking with the runner-up's best fact second, scored as the chosen best
 * (so the answer takes it among the close contenders), when the runner-up fitted alike; else the
 * best fact of the narrative the words fit best, when the conversation outvoted it. Either comes
 * with its companions (`companionsOf`, e.g. `companionsWithin`).
 */
export function hedgedRanking(
  mine: readonly Scored[],
  rankWithin: (narrative: number) => readonly Scored[],
  choice: RouteChoice,
  companionsOf: (fact: Fact) => readonly Fact[] = () => [],
): Scored[] {
  const { runnerUp, outvoted } = choice;
  const second = runnerUp && runnerUp.share >= ALIKE_SHARE ? runnerUp.narrative : outvoted;
  if (second === undefined || mine.length === 0) return [...mine];
  const other = rankWithin(second)[0];
  if (!other) return [...mine];
  const given = [other.fact, ...companionsOf(other.fact)].map((fact) => ({ fact, score: mine[0].score }));
  return [mine[0], ...given, ...mine.slice(1)];
}
