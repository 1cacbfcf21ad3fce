// Convergence for a situation question: it is split into its parts ("who referred me, where I went,
// and what the result was"), each part is matched on its own within the narrative, with the
// question's topic as context, and the best fact for each part is put forward, before the facts the
// whole question matches best. The convergence set (the traces the question activated) is compact:
// the best trace of every part first, then each part's next best in turn, then the whole question's,
// until a token budget is spent.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { Fact } from './fact.js';
import type { SlotType } from './slots.js';
import type { Memory } from './memory.js';
import { pickParts } from './part-picks.js';
import {
  ASKS_OUTCOME,
  LATEST_BONUS,
  holdsType,
  lastMention,
  latestHolding,
  onlyPeopleNamed,
  originBonus,
  personBonus,
  toldNext,
  toldNextTyped,
  withoutNames,
} from './part-evidence.js';
import { holdsOtherThanTopic, identityTypes } from './identity-part.js';
import { partTypes } from './part-types.js';
import { decisionWords, headOnly, ownWords } from './part-words.js';
import { weightsWithin, type Weights } from './narrative-weights.js';
import { historyCues, rankFacts, staleFor, type Ask, type Scored } from './rank.js';
import { situationAnswerText } from './situation-answer.js';
import { topicWords } from './topic-words.js';
import { isNameTerm, termsOf } from './terms.js';
import { isFunctionWord } from './words.js';
import { withSeries } from './value-series.js';
import { derivedTerms } from './derived-forms.js';
import { wayTerms } from './ways-of-doing.js';
import { headTerms } from './compound-heads.js';
import { withComparisonBases } from './comparison-base.js';
import { deniesAllAsked } from './denied-words.js';
import { toldOnTheDay } from './outcome-day.js';
import { antecedentOf } from './vague-references.js';
import { askedInstances } from './named-instances.js';

/** A part's words' other-part-of-speech forms, the ways of doing its verbs and its compounds' heads, that memory holds. */
function relatedTerms(memory: Memory, words: string, home: number | undefined): string[] {
  const held = (term: string) => (home === undefined ? memory.holds(term) : memory.narrativeHolds(home, term));
  return [...new Set([...derivedTerms(words, held), ...wayTerms(words, held), ...headTerms(words, held)])];
}

const PART_SPLIT =
  /\s+-\s+|:\s+|;\s+|,\s*(?:and\s+)?|\s+and\s+(?=(?:(?:for|in|at|on|with|from|to|by|about)\s+)?(?:what|who|whom|where|when|which|how|why)\b)/i;

const ASKS = /^(?:what|what's|whats|who|who's|whom|whose|where|when|which|how|why|did|was|were|is|are)\b/i;

/** "from the kiln to giving them to Sam": a span asked for by its two ends, each a part of its own. */
const SPAN = /^from\s+(.+?)\s+to\s+(.+)$/i;
/** "What changed in my proposal between the advisor meeting and submitting it?": the topic, then the span's two ends. */
const BETWEEN = /^(.+?)\s+between\s+(.+?)\s+and\s+(.+?)[?.!]*$/i;

/** "between the advisor meeting and submitting it" closing the question: its topic and the two ends, each naming something. */
function betweenEnds(piece: string): [string, string, string] | undefined {
  const span = BETWEEN.exec(piece);
  if (!span) return undefined;
  const [, topic, from, to] = span;
  return termsOf(from).length > 0 && termsOf(to).length > 0 ? [topic, from, to] : undefined;
}

/**
 * "Summarise X - a, b and c": the topic X and the parts; "Who did a and where is b?": two parts.
 * `ends`: the parts that are the two ends of a span ("from the kiln to giving them to Sam").
 */
export function questionParts(question: string): { topic: string; parts: string[]; ends: Set<string> } {
  const ends = new Set<string>();
  const pieces = question
    .split(PART_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .flatMap((p, i) => {
      const between = i > 0 ? betweenEnds(p) : undefined;
      if (between) {
        ends.add(between[1]).add(between[2]);
        return between.slice(1);
      }
      const span = i > 0 ? SPAN.exec(p) : null;
      if (!span) return [p];
      ends.add(span[1]).add(span[2]);
      return [span[1], span[2]];
    });
  const first = pieces[0] ?? question;
  // "What changed in my proposal between …": the topic asks what changed, the span's two ends are the parts.
  const between = betweenEnds(first);
  if (between) {
    ends.add(between[1]).add(between[2]);
    return { topic: between[0], parts: [between[1], between[2], ...pieces.slice(1)], ends };
  }
  if (pieces.length > 1 && ASKS.test(first)) return { topic: question, parts: pieces, ends };
  return { topic: first, parts: pieces.slice(1), ends };
}

/**
 * A part's own words met only where the sentence denies them ("never played") say nothing of what is
 * done. Not in an update: "we're not moving to Austin anymore … a place in Accra instead" says what is.
 */
const DENIED_SHARE = 0;

/** How much the question's topic counts beside a part's own words. */
const TOPIC_WEIGHT = 0.3;

/**
 * Tokens of the convergence set (texts joined by newlines): twice the default answer budget less a
 * margin, so a reader that cuts the set at 2 × 128 o200k tokens still sees every trace whole.
 */
export const CONVERGENCE_TOKENS = 240;
/** Beyond this many traces a part's matches are weak: the rest of the budget goes to other parts. */
const MAX_PER_PART = 6;
/** A trace of the whole question's ranking this far below its best is not activated. */
const RELATIVE_FLOOR = 0.15;

export interface Convergence {
  /** Facts in answer order: the best fact for each part first, then the whole question's ranking. */
  ordered: Scored[];
  /** Traces activated, in order of preference: every part's best, then each part's next best in turn, then the whole question's. */
  activated: Fact[];
  /** How many facts at the head of `ordered` are the parts' own best facts. */
  leading: number;
  /**
   * Each part's ranking (its pick first, when it has one), the value types it asks for ("who referred
   * me" → PERSON) and whether it stresses what holds now ("where I work from now").
   */
  parts?: Array<{ ranking: Fact[]; types: SlotType[]; current: boolean }>;
  /** For a part asking how something turned out, the sentence told right after its best trace. */
  outcomes?: Fact[];
}

/** Traces in order of preference, kept while they fit the budget (a long one is skipped, not cut). */
function withinBudget(preferred: Iterable<Fact>, budget = CONVERGENCE_TOKENS): Fact[] {
  const kept: Fact[] = [];
  let tokens = 0;
  for (const fact of preferred) {
    if (kept.includes(fact)) continue;
    const cost = encode(`${fact.text}\n`).length;
    if (tokens + cost > budget) continue;
    kept.push(fact);
    tokens += cost;
  }
  return kept;
}

/** Round robin over the parts' rankings: every part's first choice, then every part's second… */
function* inTurn<T>(rankings: readonly T[][]): Generator<T> {
  const depth = Math.max(0, ...rankings.map((r) => r.length));
  for (let round = 0; round < depth; round++) for (const ranking of rankings) if (round < ranking.length) yield ranking[round];
}

/** The whole question's ranking above its relative floor. */
function activatedByWhole(ranked: readonly Scored[]): Fact[] {
  const top = ranked[0]?.score ?? 0;
  return ranked.filter((s) => s.score >= top * RELATIVE_FLOOR).map((s) => s.fact);
}

/**
 * The narratives a situation may span: the one the question landed on and those linked to it by a
 * quiet spell (a narrative that may resume another). A situation is the story so far, and a story
 * told over months is cut wherever a month passed with no name in common.
 */
export function situationNarratives(memory: Memory, home: number | undefined): Set<number> {
  const linked = new Set<number>(home === undefined ? [] : [home]);
  let grew = linked.size > 0;
  while (grew) {
    grew = false;
    for (const n of memory.narratives) {
      const joins = n.resumes !== undefined && (linked.has(n.id) || linked.has(n.resumes));
      if (!joins) continue;
      for (const id of [n.id, n.resumes as number]) {
        if (!linked.has(id)) {
          linked.add(id);
          grew = true;
        }
      }
    }
  }
  return linked;
}

/** Below this a part's best match holds none of its words, only a value of its type. */
const LEXICAL_MATCH = 1;

/**
 * A part's (or the topic's) ranking: within the narrative the question landed on, reaching into the
 * linked narratives (only their facts `about` the topic, when given) only when it holds none of the
 * part's words. A linked narrative's facts never outrank a home fact that matches.
 */
function rankSituation(memory: Memory, ask: Ask, facts: readonly Fact[], home: number | undefined, about?: ReadonlySet<Fact>): Scored[] {
  if (home === undefined) return rankFacts(memory, ask, facts);
  const homeFacts = facts.filter((f) => f.narrative === home);
  const weights = weightsWithin(homeFacts, ask.terms);
  const own = rankFacts(memory, ask, homeFacts, true, weights);
  if (holdsAskedWords(memory, ask, homeFacts, weights)) return own;
  const linked = rankFacts(
    memory,
    ask,
    facts.filter((f) => f.narrative !== home && (about === undefined || about.has(f))),
  );
  return (linked[0]?.score ?? 0) > (own[0]?.score ?? 0) ? [...linked, ...own] : [...own, ...linked];
}

/**
 * Whether any of `facts` holds one of the ask's words (in any list the ranking reads), whatever its
 * score. Weighed within a small narrative, a word's one synonym ("the airport job" for "where I
 * work") can score below any fixed bar, and the part would be answered from another story.
 */
function holdsAskedWords(memory: Memory, ask: Ask, facts: readonly Fact[], weights: Weights): boolean {
  const wordsOnly: Ask = { ...ask, questionClass: 'factual', types: [], instances: undefined, classifications: undefined };
  return rankFacts(memory, wordsOnly, facts, false, weights).length > 0;
}

/** An event's outcome: what was told on its day, if it was given one ahead, then its last mention and what followed. */
function outcomesOf(memory: Memory, ranked: readonly Scored[], asked: readonly string[], facts: readonly Fact[]): Fact[] {
  const mention = lastMention(memory, ranked, asked);
  return [...toldOnTheDay(memory, mention[0], facts), ...mention];
}

/** A question about how something changed wants each value's history beside the value. */
const ASKS_CHANGE =
  /\b(?:chang\w*|compare[ds]?|comparison|differ\w*|over the course|so far|since|progress\w*|turn(?:ed)? out|evolv\w*|from the .{1,40} to|between .{1,60} and)\b/i;

/**
 * "What changed between the advisor meeting and submitting it?": each end of the span is an event, and
 * what changed is told after it. Not a span named only as a stretch ("the plan, from the first idea to
 * what I booked"), whose ends' next sentences are chatter.
 */
const ASKS_WHAT_CHANGED = /\b(?:chang(?:e|ed|es|ing)|evolv\w*|differ\w*|progress\w*)\b/i;

/** An earlier narrative's fact counts this much of the same fact in the narrative the question landed on. */
const LINKED_WEIGHT = 0.8;

/**
 * The whole question's ranking: a question about change ("how has my TSH changed?") also ranks the
 * linked narratives' facts, marked down, since the value it started from may have been told there.
 */
function rankWhole(
  memory: Memory,
  ask: Ask,
  question: string,
  facts: readonly Fact[],
  ranked: readonly Scored[],
  home: number | undefined,
): Scored[] {
  if (home === undefined || !ASKS_CHANGE.test(question)) return [...ranked];
  // The earlier value is of the same thing: an earlier trace must hold a word of the question that
  // the best trace holds too ("TSH"), not just any word of it ("hit").
  const best = new Set(ranked[0]?.fact.terms ?? []);
  const measure = ask.terms.filter((t) => best.has(t));
  const earlier = rankFacts(
    memory,
    ask,
    facts.filter((f) => f.narrative !== home && f.terms.some((t) => measure.includes(t))),
  ).map((s) => ({ fact: s.fact, score: s.score * LINKED_WEIGHT }));
  return [...ranked, ...earlier].sort((a, b) => b.score - a.score || b.fact.id - a.fact.id);
}

export function convergeParts(
  memory: Memory,
  question: string,
  ask: Ask,
  facts: readonly Fact[],
  ranked: readonly Scored[],
  home?: number,
): Convergence {
  const { topic, parts, ends } = questionParts(question);
  const whole = rankWhole(memory, ask, question, facts, ranked, home);
  if (parts.length === 0)
    return {
      ordered: whole,
      activated: activatedByWhole(whole),
      leading: 0,
      outcomes: ASKS_OUTCOME.test(question) ? outcomesOf(memory, whole, ask.terms, facts) : undefined,
    };
  // "Give me the recital rundown": the topic is the recital, not the giving or the rundown.
  const about = topicWords(topic);
  const topicAsk: Ask = { ...ask, terms: termsOf(about), types: [] };
  const topicScore = new Map(rankSituation(memory, topicAsk, facts, home).map((s) => [s.fact, s.score]));
  // "Tell me about my date with Jasmin: … who gave me advice": a person the question names is not
  // the one a "who" part asks for, so for such a part the topic counts without its names.
  const namelessAsk: Ask = { ...topicAsk, terms: termsOf(withoutNames(about)) };
  const namelessScore = new Map(rankSituation(memory, namelessAsk, facts, home).map((s) => [s.fact, s.score]));
  // A linked narrative's trace answers a part only if it is about the question's topic too: after a
  // quiet spell the next narrative may be another story altogether.
  const onTopic = new Set(rankFacts(memory, topicAsk, facts).map((s) => s.fact));
  const named = new Set(termsOf(question).filter(isNameTerm));
  const candidates: Scored[][] = [];
  const partRankings: Scored[][] = [];
  const partTypesAsked: SlotType[][] = [];
  const partCurrent: boolean[] = [];
  const partTerms: string[][] = [];
  for (const part of parts) {
    // The part's own words pick the fact; the topic only settles between facts the part matches alike.
    // A part with no words of its own ("what it is", "where I'm doing it") is about the topic.
    // "…on my wrist - what it is": what is wrong with it, not the wrist.
    const identity = identityTypes(part, about);
    const types = identity.length > 0 ? identity : partTypes(part);
    const words = headOnly(types.length > 0 ? ownWords(part) : decisionWords(part));
    const own = termsOf(words);
    // "where did we eat" told "we had dinner at …": the part's own related forms and ways of doing, weaker.
    const related = relatedTerms(memory, words, home).filter((t) => !own.includes(t));
    const partAsk: Ask = {
      ...ask,
      questionClass: 'factual',
      terms: own.length > 0 ? [...own, ...related] : topicAsk.terms,
      derived: [...(ask.derived ?? []), ...related],
      types,
      instances: askedInstances(part),
      ...historyCues(part),
    };
    partTypesAsked.push(partAsk.types);
    partCurrent.push(partAsk.current);
    partTerms.push(partAsk.terms);
    const asksWho = types.includes('PERSON');
    const matchedOwn = rankSituation(memory, partAsk, facts, home, onTopic);
    // A part its own words do not find ("where we ended up") but asking what holds now: the latest value of its type.
    const latest =
      partAsk.current && types.length > 0 && (matchedOwn[0]?.score ?? 0) < LEXICAL_MATCH ? latestHolding(facts, types, home) : undefined;
    const context = asksWho ? namelessScore : topicScore;
    const ranked = matchedOwn
      // A sentence whose only person is one the question names answers a "who…" part only by its words.
      .filter((s) => !asksWho || s.score >= LEXICAL_MATCH || !onlyPeopleNamed(s.fact, named))
      .map((s) => ({
        fact: s.fact,
        score:
          s.score * (!partAsk.past && !s.fact.update && deniesAllAsked(s.fact.text, s.fact.terms, own) ? DENIED_SHARE : 1) +
          TOPIC_WEIGHT * (context.get(s.fact) ?? 0) +
          personBonus(partAsk, s.fact) +
          originBonus(part, s.fact) +
          (s.fact === latest ? LATEST_BONUS : 0),
      }))
      .sort((a, b) => b.score - a.score || b.fact.id - a.fact.id);
    // A part with no words of its own but a type ("where I went") is answered by a value of that type.
    const typedOnly =
      own.length === 0 && types.length > 0
        ? ranked.filter((s) => (identity.length > 0 ? holdsOtherThanTopic(s.fact, types, about) : holdsType(s.fact, types)))
        : [];
    // "where I moved from" is answered by a place told as where something started, when one is.
    const origins = ranked.filter((s) => originBonus(part, s.fact) > 0);
    const matched = origins.length > 0 ? origins : typedOnly.length > 0 ? typedOnly : ranked;
    // A part that matches nothing of its own ("…and what helped?") takes the next fact the whole question matches.
    candidates.push(matched.length > 0 ? matched : whole);
    partRankings.push(matched);
  }
  const picks = pickParts(candidates);
  const picked = picks.filter((p): p is Scored => p !== undefined);
  const rankings = picks.map((best, i) => [...(best ? [best.fact] : []), ...partRankings[i].slice(0, MAX_PER_PART).map((s) => s.fact)]);
  const top = whole[0]?.score ?? 1;
  const outcomes = parts
    .map((part, i) => {
      const pick = picks[i]?.fact;
      if (!pick) return undefined;
      // "How did it turn out, from the kiln to giving them to Sam?": each end of the span is an event whose outcome is asked.
      return ASKS_OUTCOME.test(part) || (ends.has(part) && (ASKS_OUTCOME.test(question) || ASKS_WHAT_CHANGED.test(question)))
        ? [toldNext(memory, pick), ...outcomesOf(memory, partRankings[i], partTerms[i], facts)]
        : [toldNextTyped(memory, pick, partTypesAsked[i])];
    })
    .flat()
    .filter((f, i, all): f is Fact => f !== undefined && all.indexOf(f) === i && !picked.some((p) => p.fact === f));
  const ordered = [
    ...picked.map((p) => ({ fact: p.fact, score: top + p.score })),
    ...whole.filter((s) => !picked.some((p) => p.fact === s.fact)),
  ];
  return {
    ordered,
    activated: [...inTurn(rankings), ...activatedByWhole(whole)],
    leading: picked.length,
    parts: rankings.map((ranking, i) => ({ ranking, types: partTypesAsked[i], current: partCurrent[i] })),
    outcomes,
  };
}

/** Each trace followed by the earlier traces whose values it replaced ("TSH 9.8" after "TSH down to 5.1"). */
function withHistory(memory: Memory, facts: readonly Fact[]): Fact[] {
  return facts.flatMap((fact) => [fact, ...memory.factsOf(fact.tenant).filter((old) => old.supersededBy === fact.id)]);
}

/** The other sentences of the utterances the facts came from. */
function contextOf(memory: Memory, facts: readonly Fact[]): Fact[] {
  return facts.flatMap((fact) => memory.factsOf(fact.tenant).filter((other) => other.turn === fact.turn && other !== fact));
}

/** An outdated trace is preceded by the trace that replaced its value, so the current value comes first. */
export function withReplacements(memory: Memory, facts: readonly Fact[]): Fact[] {
  return facts.flatMap((fact) => {
    const replacement = fact.supersededBy !== undefined ? memory.fact(fact.supersededBy) : undefined;
    return replacement ? [replacement, fact] : [fact];
  });
}

/**
 * The convergence set reported for a question: a situation's traces in the order its parts activated
 * them, any other question's best-ranked traces; then the answer's own facts (their utterances'
 * other sentences), all within the convergence budget. A question about change brings each value's history.
 */
export function convergenceSet(
  memory: Memory,
  question: string,
  converged: Convergence | undefined,
  ranked: readonly Scored[],
  answer: readonly Fact[],
): Fact[] {
  // Last come the other sentences of the utterances that told the best traces: their context.
  const preferred = withReplacements(
    memory,
    converged && converged.leading > 0
      ? [
          ...converged.activated.slice(0, converged.leading),
          ...(converged.outcomes ?? []),
          ...converged.activated,
          ...contextOf(memory, converged.activated.slice(0, converged.leading)),
        ]
      : converged
        ? [
            // A whole situation asking how something went: its best trace, then the event's last mention and what followed.
            ...(converged.outcomes?.length ? [...activatedByWhole(converged.ordered).slice(0, 1), ...converged.outcomes] : []),
            ...activatedByWhole(converged.ordered),
            ...contextOf(memory, activatedByWhole(converged.ordered)),
            ...answer,
          ]
        : [...activatedByWhole(ranked), ...answer],
  );
  if (!ASKS_CHANGE.test(question)) return withinBudget(withComparisonBases(memory, preferred));
  return withinBudget(withSeries(memory, withHistory(memory, preferred), (fact) => situationNarratives(memory, fact.narrative)));
}

/**
 * A situation's answer: every part's best trace, then every part's next best, in the answer budget
 * (current values before the ones they replaced), rather than whole utterances around one part.
 */
export function situationAnswer(memory: Memory, converged: Convergence, answerTokens: number): Fact[] {
  return withinBudget(withReplacements(memory, converged.activated), answerTokens);
}

/**
 * A part's trace, preceded by the trace that replaced its value only when the part asks for what was
 * replaced: after "light duties extended to 5 weeks", "tendonitis … light duties for 3 weeks" still
 * answers "what it is", and the extension would only take the answer budget from the other parts.
 */
function currentFor(memory: Memory, fact: Fact, part: { types: SlotType[]; current: boolean }): Fact[] {
  const replacement = fact.supersededBy !== undefined ? memory.fact(fact.supersededBy) : undefined;
  return replacement && staleFor(fact, part) ? [replacement, fact] : [fact];
}

/** The text of a situation's answer: every activated trace's compact span first (see situation-answer.ts). */
export function situationText(memory: Memory, converged: Convergence, question: string, answerTokens: number): string {
  const traces = [...converged.activated, ...contextOf(memory, converged.activated.slice(0, converged.leading))];
  const parts = converged.parts ?? [];
  const leading = converged.activated.slice(0, converged.leading).map((fact) => {
    const part = parts.find((p) => p.ranking[0] === fact);
    return part ? currentFor(memory, fact, part) : withReplacements(memory, [fact]);
  });
  // A part's traces holding a value of the type it asks for ("where I went" → a place) come next.
  const typed = [
    ...inTurn(parts.map((p) => p.ranking.filter((f) => f.slots.some((s) => p.types.includes(s.type))).map((f) => ({ f, p })))),
  ];
  const first = [...leading.flat(), ...(converged.outcomes ?? []), ...typed.flatMap(({ f, p }) => currentFor(memory, f, p))];
  // "the breathing thing actually works??": the sentence that named the thing comes right after, with the clause naming it.
  const named = new Map<Fact, string>();
  const withAntecedents = first.flatMap((fact) => {
    const antecedent = antecedentOf(memory, fact);
    if (!antecedent) return [fact];
    named.set(antecedent.fact, antecedent.word);
    return [fact, antecedent.fact];
  });
  return situationAnswerText(withReplacements(memory, traces), question, answerTokens, withAntecedents, named);
}

/**
 * The text of a situation asked as a whole ("where do things stand with X?", "how has my TSH
 * changed?"): the traces it activated, in the convergence set's order (a reading's series oldest
 * first), as compact spans while they fit, then widened (see situation-answer.ts).
 */
export function wholeSituationText(traces: readonly Fact[], question: string, answerTokens: number): string {
  return situationAnswerText(traces, question, answerTokens);
}
