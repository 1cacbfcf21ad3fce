// Structural matching: every stored fact scored against a question by the weighted words they share
// (rare words weigh more; synonyms count half), a bonus when the fact holds a value of the type the
// question asks for, and the fact's place in history (a replaced value ranks below its replacement
// unless the question asks about the past).
import type { QuestionClass } from './classify-question.js';
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import type { SlotType } from './slots.js';
import { isGroupTerm, isNameTerm } from './terms.js';
import { otherInstance } from './ordinals.js';
import { HELD, heldBits, termSets } from './fact-term-sets.js';
import type { TermIndex } from './term-index.js';
import { FactMarks } from './fact-marks.js';
import { stemOf } from './term-stems.js';
import type { Weights } from './narrative-weights.js';
import { namesInstance, type AskedInstances } from './named-instances.js';
import { dayOf, firstInstance } from './first-instance.js';

export interface Ask {
  terms: string[];
  questionClass: QuestionClass;
  types: SlotType[];
  /** The question asks for the value as it was before a change ("at first", "originally"). */
  past: boolean;
  /** The question stresses the current value ("now", "in the end"). */
  current: boolean;
  /** Terms of the kind the question names for its answer ("tooth" in "which tooth is it?"). */
  kinds?: readonly string[];
  /** Those of the kinds that name a classification ("breed" in "what breed is she?", see word-kinds.ts). */
  classifications?: readonly string[];
  /** Terms only the question's asides hold ("my sister wants to book them"): they weigh little. */
  aside?: readonly string[];
  /** Nouns the question puts an ordinal to ("date" → first in "my first date"). */
  ordinals?: ReadonlyMap<string, string>;
  /** Told clippings of the question's long words ("tech" for "technician", see clippings.ts). */
  clipped?: readonly string[];
  /** Stems of the question words' other-part-of-speech forms ("marry" for "wedding", see derived-forms.ts). */
  derived?: readonly string[];
  /** The thing the question asks which one of ("drops" in "what ear drops is she on?", see named-instances.ts). */
  instances?: AskedInstances;
}

export interface Scored {
  fact: Fact;
  score: number;
}

// "the first prep day" is an ordinal, not the past; "what actually happened" asks for what held in the end.
const PAST =
  /\b(?:at first|originally|initially|(?<!\b(?:the|my|our|his|her|their|your|a) )first|before|used to|previous(?:ly)?|old|original|was supposed|start(?:ed)? (?:out|off))\b/i;
const CURRENT =
  /\b(?:now|actually|in the end|currently|current|latest|new|final(?:ly)?|these days|still|anymore|any more|ended up|end up)\b/i;

export function historyCues(question: string): { past: boolean; current: boolean } {
  return { past: PAST.test(question), current: CURRENT.test(question) };
}

const K1 = 1.2;
const B = 0.75;
/** A word of the same utterance but another sentence says what the sentence is about, more weakly. */
const CONTEXT_WEIGHT = 0.5;
/** A question word the fact answers by its kind ("old" for "he was 81") rather than by its words. */
const ASK_WEIGHT = 0.7;
/** The kind a question names for its answer, named by a word of the fact ("tooth" for "molar"): weaker than its own words. */
const KIND_WEIGHT = 0.5;
/** The name of the person a sentence calls "he" or "she": nearly as good as the name itself. */
const REFER_WEIGHT = 0.8;
/** A word of an aside says why the user asks, not what. */
const ASIDE_WEIGHT = 0.2;
/** A word-family match ("therapist"/"therapy", see term-stems.ts) counts this much of the word's. */
const PREFIX_WEIGHT = 0.6;
/** A derived form ("marry" for "wedding") counts as a synonym-group word does. */
const DERIVED_WEIGHT = 0.5;

/** A question's terms with their weights, and the corpus length norm, worked out once per ranking. */
interface Weighed {
  terms: WeighedTerm[];
  averageLength: number;
}
interface WeighedTerm {
  term: string;
  weight: number;
  group: boolean;
  kind: boolean;
  /** Its word-family prefix ('' for none, see term-stems.ts). */
  stem: string;
}

function weigh(memory: Memory, ask: Ask, within?: Weights): Weighed {
  const idf = within ? within.idf : (term: string) => memory.idf(term);
  const terms = ask.terms
    .filter((term) => !isNameTerm(term))
    .map((term) => ({
      term,
      weight:
        idf(term) *
        (isGroupTerm(term) ? 0.5 : 1) *
        (ask.aside?.includes(term) ? ASIDE_WEIGHT : 1) *
        (ask.clipped?.includes(term) ? PREFIX_WEIGHT : 1) *
        (ask.derived?.includes(term) ? DERIVED_WEIGHT : 1),
      group: isGroupTerm(term),
      kind: ask.kinds?.includes(term) ?? false,
      stem: stemOf(term),
    }));
  return { terms, averageLength: within ? within.averageLength : memory.averageLength() };
}

/** BM25 of the question's terms in the fact (each term once), plus its utterance's context. */
function lexicalScore(weighed: Weighed, fact: Fact, withContext = true): number {
  const sets = termSets(fact);
  const norm = lengthNorm(weighed, fact);
  const lists = withContext ? ALL_LISTS : SENTENCE_LISTS;
  let score = 0;
  for (const term of weighed.terms) score += termScore(term, heldBits(sets, term.term, term.stem) & lists, norm);
  return score;
}

const ALL_LISTS = ~0;
/** Without its utterance's context: the sentence's own lists. */
const SENTENCE_LISTS = ~(HELD.context | HELD.contextStem);

function lengthNorm(weighed: Weighed, fact: Fact): number {
  return (K1 + 1) / (1 + K1 * (1 - B + (B * fact.terms.length) / weighed.averageLength));
}

/** One question term's part of a fact's lexical score, by the first of the fact's lists that holds it (`held`: HELD bits). */
function termScore({ weight, group, kind }: WeighedTerm, held: number, norm: number): number {
  if (held & HELD.own) return weight * norm;
  if (held & HELD.asks) return weight * norm * ASK_WEIGHT;
  if (held & HELD.refers) return weight * norm * REFER_WEIGHT;
  if (kind && held & HELD.kinds) return weight * norm * KIND_WEIGHT;
  if (held & HELD.context) return weight * CONTEXT_WEIGHT;
  if (!group && held & HELD.contextStem) return weight * CONTEXT_WEIGHT * PREFIX_WEIGHT;
  if (!group && held & HELD.ownStem) return weight * norm * PREFIX_WEIGHT;
  return 0;
}

/** A fact about another instance of the thing asked ("second date" for "first date"). */
const OTHER_INSTANCE = 0.5;

/** A replaced value ranks below what it was worth. */
const STALE_FACTOR = 0.6;

/** `lexical`: the words' score, when the fact is scored by another's words (see inheritReplaced). */
function scoreFact(
  weighed: Weighed,
  ask: Ask,
  fact: Fact,
  lexical = lexicalScore(weighed, fact),
  typed = holdsType(fact, ask.types),
): number {
  let score = lexical;
  if (score <= 0 && !(ask.questionClass === 'emotional' && fact.emotion) && !typed) return 0;
  if (typed || namesAskedKind(fact, ask) || (score > 0 && ask.instances && namesInstance(fact.text, ask.instances)))
    score += score > 0 ? 2.5 : 0.3;
  if (ask.questionClass === 'emotional' && fact.emotion) score += 2.5;
  if (fact.noise) score *= 0.5;
  if (ask.ordinals && otherInstance(ask.ordinals, fact.text)) score *= OTHER_INSTANCE;
  if (staleFor(fact, ask)) score *= ask.past ? 1.1 : STALE_FACTOR;
  if (fact.update) score *= ask.past ? 0.8 : ask.current ? 1.3 : 1.1;
  return score + fact.id * 1e-7;
}

/**
 * "What breed is Pickles?": a question whose wording types no answer asks for a classification,
 * and a fact naming an instance of it ("an 11 year old beagle") holds the value asked for, as a
 * fact holding a value of an asked type does. Not for any kind: "what instrument does Dev play?"
 * is not answered by every sentence naming a piano.
 */
function namesAskedKind(fact: Fact, ask: Ask): boolean {
  if (ask.types.length > 0 || !ask.classifications || ask.classifications.length === 0) return false;
  const sets = termSets(fact);
  return ask.classifications.some((kind) => sets.kinds.has(kind) && !sets.own.has(kind));
}

function holdsType(fact: Fact, types: readonly SlotType[]): boolean {
  for (const slot of fact.slots) if (types.includes(slot.type)) return true;
  return false;
}

/**
 * A replaced fact is stale for a question about what changed, not for one about the rest of it:
 * after "the interview moved to the 18th", the panel named in the old fact is still the panel.
 * When the question expects no type or asks what holds now, or when the update replaced the fact
 * as a whole (it said the fact is off), the whole fact is stale.
 */
export function staleFor(fact: Fact, ask: Pick<Ask, 'types' | 'current'>): boolean {
  if (fact.supersededBy === undefined) return false;
  if (ask.types.length === 0 || ask.current) return true;
  // An update matched to the fact only by shared words may be about something else of it.
  if (fact.replaced.length === 0) return !fact.supersededLoosely;
  return fact.replaced.some((r) => ask.types.includes(r.type));
}

/** How a replacement ranks against the fact it replaced, when that fact matched the question better. */
const INHERITED = 1.05;

/**
 * The fact that replaced a value ranks at least as well as the fact it replaced would have, had it
 * not been replaced: "the shoot is now with Joaquin instead" answers "who is photographing the pack
 * shots?" as well as "the photographer for the pack shots is Priya" did, though it shares fewer words.
 */
function inheritReplaced(memory: Memory, weighed: Weighed, ask: Ask, facts: readonly Fact[], scores: Map<Fact, number>): void {
  if (ask.past || ask.questionClass === 'situation') return;
  // Only facts of the ranked pool may be raised; the set is built once, and only when needed,
  // because a pool of a whole cumulative store is large and ranked for every question.
  let pool: Set<Fact> | undefined;
  const inPool = (fact: Fact) => (pool ??= new Set(facts)).has(fact);
  for (const fact of [...scores.keys()]) {
    if (fact.supersededBy === undefined || fact.supersededLoosely || !staleFor(fact, ask)) continue;
    const replacement = memory.fact(fact.supersededBy);
    if (!replacement || replacement.narrative !== fact.narrative || !inPool(replacement)) continue;
    // The replacement is scored by the words of the fact it replaced (its own sentence's, not its
    // utterance's), with its own values and history. A fact the question met only through its
    // utterance ("I want a surprise dinner. I'm thinking Sable & Rye") hands on that utterance's words:
    // they said what the replaced value was for.
    const own = lexicalScore(weighed, fact, false);
    const words = own > 0 ? own : lexicalScore(weighed, fact);
    if (words <= lexicalScore(weighed, replacement)) continue;
    raise(scores, replacement, scoreFact(weighed, ask, replacement, words) * INHERITED);
    // People say what is off in one sentence and the new value in the next ("not doing the Arioso
    // anymore. so it's the Breval instead"): when the replacing sentence gave no new value of its
    // own, the rest of its update follows it.
    if (fact.replaced.length > 0) continue;
    for (let id = replacement.id - UTTERANCE_SPAN; id <= replacement.id + UTTERANCE_SPAN; id++) {
      const sibling = memory.fact(id);
      if (sibling && sibling !== replacement && sibling.turn === replacement.turn && sibling.update && inPool(sibling))
        raise(scores, sibling, scoreFact(weighed, ask, sibling, words) * SIBLING_SHARE);
    }
  }
}

/**
 * Within a narrative, a fact the question already meets, told on the day its "first" thing was first
 * told of but not saying the thing's word, holds that word as its utterance's context would.
 */
function onFirstInstanceDay(weighed: Weighed, ask: Ask, facts: readonly Fact[], scores: Map<Fact, number>): void {
  const first = firstInstance(ask.ordinals, facts);
  const term = first && weighed.terms.find((t) => t.term === first.noun);
  if (!first || !term) return;
  for (const [fact, score] of scores)
    if (score > 0 && dayOf(fact) === first.day && !termSets(fact).own.has(first.noun) && !termSets(fact).context.has(first.noun))
      scores.set(fact, score + term.weight * CONTEXT_WEIGHT);
}

const SIBLING_SHARE = 0.9;
/** Sentences of one utterance are stored side by side. */
const UTTERANCE_SPAN = 6;
function raise(scores: Map<Fact, number>, fact: Fact, score: number): void {
  if (score > (scores.get(fact) ?? 0)) scores.set(fact, score + fact.id * 1e-7);
}

/**
 * `inherit`: replacements rank by the words of what they replaced (off when ranking decides between
 * narratives); `within`: word weights of the facts ranked rather than of the whole store.
 */
export function rankFacts(memory: Memory, ask: Ask, facts: readonly Fact[], inherit = true, within?: Weights): Scored[] {
  const weighed = weigh(memory, ask, within);
  const index = memory.termIndexOf(facts);
  const scored = index ? scorePool(index, weighed, ask) : scoreEach(weighed, ask, facts);
  if (!inherit) return scored.sort(BEST_FIRST);
  const scores = new Map(scored.map((s) => [s.fact, s.score]));
  if (within) onFirstInstanceDay(weighed, ask, facts, scores);
  inheritReplaced(memory, weighed, ask, facts, scores);
  return [...scores].map(([fact, score]) => ({ fact, score })).sort(BEST_FIRST);
}

const BEST_FIRST = (a: Scored, b: Scored) => b.score - a.score || b.fact.id - a.fact.id;

/** The facts scoring above zero, in the order given. */
function scoreEach(weighed: Weighed, ask: Ask, facts: readonly Fact[]): Scored[] {
  const scored: Scored[] = [];
  for (const fact of facts) {
    const score = scoreFact(weighed, ask, fact);
    if (score > 0) scored.push({ fact, score });
  }
  return scored;
}

/** Per fact id, during one whole-store ranking: its lexical score, and whether it holds an asked type. */
const lexicalOf = new FactMarks();
const scorableOf = new FactMarks();
const TYPED = 1;

/**
 * `scoreEach` over a tenant's whole pool, scoring only the facts its term index lists as able to
 * score above zero: those holding a question word (their lexical scores added up term by term, in
 * the question's order, as `lexicalScore` does), a value of an asked type, or, for an emotional
 * question, an emotion. In the order stored.
 */
function scorePool(index: TermIndex, weighed: Weighed, ask: Ask): Scored[] {
  lexicalOf.clear();
  scorableOf.clear();
  const scorable: Fact[] = [];
  for (const term of weighed.terms) {
    index.forEachHolding(term.term, term.stem, (fact, held) => {
      const part = termScore(term, held, lengthNorm(weighed, fact));
      if (part <= 0) return;
      if (!lexicalOf.mark(fact.id, part)) lexicalOf.setValue(fact.id, (lexicalOf.value(fact.id) as number) + part);
      else if (scorableOf.mark(fact.id)) scorable.push(fact);
    });
  }
  for (const type of new Set(ask.types)) {
    for (const fact of index.factsOfType(type)) {
      if (scorableOf.mark(fact.id, TYPED)) scorable.push(fact);
      else scorableOf.setValue(fact.id, TYPED);
    }
  }
  if (ask.questionClass === 'emotional') for (const fact of index.feelingFacts()) if (scorableOf.mark(fact.id)) scorable.push(fact);
  scorable.sort((a, b) => a.id - b.id);
  const scored: Scored[] = [];
  for (const fact of scorable) {
    const score = scoreFact(weighed, ask, fact, lexicalOf.value(fact.id) ?? 0, scorableOf.value(fact.id) === TYPED);
    if (score > 0) scored.push({ fact, score });
  }
  return scored;
}
