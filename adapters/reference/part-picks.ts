// Which fact answers which part of a situation question. Taking each part's best in the question's
// order lets an early part take the one fact a later part needs: "what drops is she on, and who gave
// them to her while I was away?" — the first part matches the neighbour's sentence about the drops
// nearly as well as the vet's, the second matches only the neighbour's. Each part gets a different
// fact, chosen together so that the parts' match scores add up most: a fact goes to the part it
// matches best, and a part matched only by a value's type (a weak match) yields to one matched by its words.
import type { Fact } from './fact.js';
import type { Scored } from './rank.js';

/** How many of a part's facts not taken by an earlier part the choice weighs. */
const DEPTH = 4;
/** More parts than this are chosen in order (the combinations grow as DEPTH ** parts). */
const MAX_PARTS = 6;

/**
 * One fact per part (undefined where a part has no candidate left), no fact twice. Rankings are best
 * first; ties keep the question's order (an earlier part keeps its best).
 */
export function pickParts(rankings: readonly (readonly Scored[])[]): Array<Scored | undefined> {
  if (rankings.length > MAX_PARTS) return greedy(rankings);
  let best: { value: number; picks: Array<Scored | undefined> } = { value: -1, picks: [] };
  const walk = (i: number, used: Set<Fact>, value: number, picks: Array<Scored | undefined>) => {
    if (i === rankings.length) {
      if (value > best.value + 1e-9) best = { value, picks: [...picks] };
      return;
    }
    const ranking = rankings[i];
    const options = ranking.filter((s) => !used.has(s.fact)).slice(0, DEPTH);
    if (options.length === 0) return walk(i + 1, used, value, [...picks, undefined]);
    for (const option of options) {
      used.add(option.fact);
      walk(i + 1, used, value + option.score, [...picks, option]);
      used.delete(option.fact);
    }
  };
  walk(0, new Set(), 0, []);
  return best.picks;
}

function greedy(rankings: readonly (readonly Scored[])[]): Array<Scored | undefined> {
  const used = new Set<Fact>();
  return rankings.map((r) => {
    const pick = r.find((s) => !used.has(s.fact));
    if (pick) used.add(pick.fact);
    return pick;
  });
}
