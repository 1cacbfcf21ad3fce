// The answer: the best-matching facts of the chosen narrative, current values first, cut to fit the
// answer budget (o200k tokens, the tokenizer the harness grades with). A replaced fact is preceded
// by the fact that replaced it, so a reader meets the current value first.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { Fact } from './fact.js';
import { introductionOf } from './introductions.js';
import type { Memory } from './memory.js';
import type { Scored } from './rank.js';

/** Leaves headroom under the default 128-token grading budget. */
export const ANSWER_TOKENS = 120;
const MAX_FACTS = 8;
/** Facts scoring at least this share of the best are each taken before any utterance is filled in. */
const CONTENDER_SHARE = 0.4;
const CONTENDERS = 5;
/** A fact this far below the best one is noise, not context. */
const RELATIVE_FLOOR = 0.25;

/** The other sentences of the fact's utterance, in the order they were said. */
function siblingsOf(memory: Memory, fact: Fact): Fact[] {
  const out: Fact[] = [];
  for (let id = fact.id - MAX_SIBLINGS; id <= fact.id + MAX_SIBLINGS; id++) {
    const other = memory.fact(id);
    if (other && other !== fact && other.turn === fact.turn) out.push(other);
  }
  return out;
}
const MAX_SIBLINGS = 6;

/**
 * `leading` facts (the best fact of each part of a situation question) are taken first on their
 * own, so every part is answered before any of them brings its whole utterance.
 */
export function composeAnswer(memory: Memory, ranked: readonly Scored[], leading = 0): Fact[] {
  const top = ranked[0]?.score ?? 0;
  const chosen: Fact[] = [];
  let tokens = 0;
  const takeOne = (fact: Fact): boolean => {
    if (chosen.includes(fact)) return true;
    const cost = encode(`${fact.text}\n`).length;
    if (chosen.length > 0 && tokens + cost > ANSWER_TOKENS) return false;
    chosen.push(fact);
    tokens += cost;
    return true;
  };
  // People spread one thing over several sentences ("found a flat!! two-bed in Bonfim, €1,150 a
  // month"; "karaoke is off, it's closed. we're going bowling instead"): the whole utterance is the
  // answer unit, its sentences kept while the budget allows.
  const take = (fact: Fact): boolean => {
    const ok = takeOne(fact);
    if (ok) for (const sibling of siblingsOf(memory, fact)) takeOne(sibling);
    return ok;
  };
  for (const { fact } of ranked.slice(0, leading)) takeOne(fact);
  // The best fact calls someone by first name: the sentence that said who they are comes next,
  // before the other contenders can fill the budget.
  const introduction = ranked[leading] ? introductionOf(memory, ranked[leading].fact) : undefined;
  // The close contenders come on their own before any brings its utterance: a sibling sentence
  // must not push the second-best match out of the budget.
  for (const [i, { fact, score }] of ranked.slice(leading, leading + CONTENDERS).entries()) {
    if (score < top * CONTENDER_SHARE) break;
    takeOne(fact);
    if (i === 0 && introduction) takeOne(introduction);
  }
  if (introduction) takeOne(introduction);
  for (const { fact, score } of ranked) {
    if (chosen.length >= MAX_FACTS || score < top * RELATIVE_FLOOR) break;
    const replacement = fact.supersededBy !== undefined ? memory.fact(fact.supersededBy) : undefined;
    if (replacement && !chosen.includes(replacement)) take(replacement);
    take(fact);
  }
  return chosen;
}

/** The answer text, cut at the token budget so nothing past it is handed on. */
export function answerText(facts: readonly Fact[]): string {
  const text = facts.map((f) => f.text).join('\n');
  const tokens = encode(text);
  if (tokens.length <= ANSWER_TOKENS) return text;
  const cut = text.split(' ');
  while (cut.length > 1 && encode(cut.join(' ')).length > ANSWER_TOKENS) cut.pop();
  return cut.join(' ');
}
