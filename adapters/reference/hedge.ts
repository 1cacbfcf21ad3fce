// Two narratives that fit a question alike: the words and the conversation cannot tell which one the
// user means ("Who is my surgeon?" after two stories with a surgeon, asked when the conversation is
// about neither), so the answer gives the best fact of each, the chosen narrative's first. The
// conversation still moves to the chosen one (route.ts), and a situation question, whose parts must
// come from one narrative, is never hedged. The runner-up's best fact is the one it would answer with
// were it chosen: ranked by its own facts' word weights, as the chosen narrative's are
// (narrative-weights.ts), not by the whole store's, which drift as other stories are told. The same
// goes for the narrative the question's words fit best when the conversation chose another one it
// had looked back at (route.ts): the words and the conversation disagree, so the answer gives both.
// A runner-up's fact that a later one of its narrative replaced comes with what last replaced it
// ("booked her first vet visit for August 12" / "they moved it to August 14"), as it would were that
// narrative chosen (compose.ts brings a fact's replacement along): the hedge gives the runner-up's
// answer, and its best-matching fact alone would give a value it has since changed.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
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

/**
 * The chosen narrative's ranking with the runner-up's best fact second, scored as the chosen best
 * (so the answer takes it among the close contenders), when the runner-up fitted alike; else the
 * best fact of the narrative the words fit best, when the conversation outvoted it. Either comes
 * with `replacementOf` it (`latestReplacementWithin`).
 */
export function hedgedRanking(
  mine: readonly Scored[],
  rankWithin: (narrative: number) => readonly Scored[],
  choice: RouteChoice,
  replacementOf: (fact: Fact) => Fact | undefined = () => undefined,
): Scored[] {
  const { runnerUp, outvoted } = choice;
  const second = runnerUp && runnerUp.share >= ALIKE_SHARE ? runnerUp.narrative : outvoted;
  if (second === undefined || mine.length === 0) return [...mine];
  const other = rankWithin(second)[0];
  if (!other) return [...mine];
  const replacement = replacementOf(other.fact);
  const given = [other.fact, ...(replacement ? [replacement] : [])].map((fact) => ({ fact, score: mine[0].score }));
  return [mine[0], ...given, ...mine.slice(1)];
}
