// The read path: classify the question, refuse personal facts to a general-knowledge question, route
// it to its narrative, rank that narrative's facts, and answer with the best of them.
import type { Candidate, QueryResult } from '../../src/adapter/contract.js';
import { isFirstPerson, isPersonal } from './classify-input.js';
import { isWorldQuestion, mainClause } from './world-question.js';
import { asksForSituation, classifyQuestion, expectedTypes } from './classify-question.js';
import { convergeParts, convergenceSet, situationAnswer, situationNarratives, situationText, wholeSituationText } from './converge.js';
import { ANSWER_TOKENS, answerText, composeAnswer } from './compose.js';
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { historyCues, rankFacts, type Ask, type Scored } from './rank.js';
import { routeNarrative, type RouteChoice } from './route.js';
import { hedgedRanking, companionsWithin } from './hedge.js';
import { narrativeMatches } from './narrative-match.js';
import { termsOf, isGroupTerm, isNameTerm } from './terms.js';
import { askedClassifications, askedKinds } from './word-kinds.js';
import { askedKindTypes } from './asked-kind-types.js';
import { afterQuestionTerms, asideTerms, occasionTerms } from './asides.js';
import { ordinalsOf } from './ordinals.js';
import { weightsWithin } from './narrative-weights.js';
import { withoutStance } from './stance-words.js';
import { clippedTerms } from './clippings.js';
import { derivedTerms } from './derived-forms.js';
import { topicTerms } from './asked-topic.js';
import { wayTerms } from './ways-of-doing.js';
import { headTerms } from './compound-heads.js';
import { relationTerms } from './relations-asked.js';
import { askedInstances } from './named-instances.js';
import { isFunctionWord, words } from './words.js';

const CANDIDATES = 10;
/** Share of a non-personal question's words that memory must hold for it to be about the user. */
const PERSONAL_COVERAGE = 0.5;
/** A question asking to be reminded is about the user whatever its words. */
const RECALL = /\b(?:remind me|did i|do i|have i|was i|am i|i told you|i mentioned|did we|are we|were we)\b/i;

/** Content words a short definite question may have and still refer to the conversation. */
const SHORT_REFERENCE = 2;
/** A longer definite question ("why did the renovation cost more than the quote?") needs some of its words held. */
const DEFINITE_COVERAGE = 0.25;
/** "the rent", not "closest to the sun": a definite subject, not the object of a preposition. */
const DEFINITE = /(?<!\b(?:to|from|in|on|at|of|into|by|with|for|under|over)\s+)\b(?:the|that|this|those|these)\s+\w|\b(?:it|they|them)\b/i;

/** A capitalised name the user told about ("What does Ruth do?"), unlike a lower-case word that happens to be one. */
function namesSomeoneKnown(text: string, known: (word: string) => boolean): boolean {
  return [...text.matchAll(/(?<![\p{L}'’])(\p{Lu}[\p{Ll}'’-]+)/gu)].some((m) => {
    const bare = m[1].toLowerCase().replace(/['’]s?$/, '');
    return bare.length > 2 && known(bare);
  });
}

/** A capitalised word past the first that the user never told ("the currency of Japan"): the question is about the world. */
function namesSomethingUntold(text: string, known: (word: string) => boolean): boolean {
  return [...text.matchAll(/(?<=\S\s+)(\p{Lu}[\p{Ll}'’-]+)/gu)].some((m) => {
    const bare = m[1].toLowerCase().replace(/['’]s?$/, '');
    return bare.length > 2 && !known(bare);
  });
}

function candidate(fact: Fact, score?: number): Candidate {
  return { text: fact.text, id: `fact-${fact.id}`, ...(score !== undefined ? { score: Number(score.toFixed(4)) } : {}) };
}

/** The question's content words, each with its matching terms ("held" → held, hold; with `synonyms`, its group too). */
function contentWords(text: string, synonyms = false): string[][] {
  return [...new Set(words(text).filter((w) => !isFunctionWord(w)))]
    .map((w) => termsOf(w).filter((t) => !isNameTerm(t)))
    .filter((terms) => terms.some((t) => !isGroupTerm(t)))
    .map((terms) => (synonyms ? terms : terms.filter((t) => !isGroupTerm(t))));
}

/** Share of the question's content words that the facts hold in some form ("the job" for "the position"). */
function coverage(question: string, facts: readonly Fact[]): number {
  const content = contentWords(question, true);
  if (content.length === 0) return 0;
  const held = new Set(facts.flatMap((f) => f.terms));
  return content.filter((terms) => terms.some((t) => held.has(t))).length / content.length;
}

/** Nothing matched: what the conversation most recently held, rather than nothing at all. */
const FALLBACK_FACTS = 3;
function recentFallback(memory: Memory, tenant: string, questionClass: string): QueryResult {
  const active = memory.focusedNarrative(tenant);
  const recent = memory
    .factsOf(tenant)
    .filter((f) => f.narrative === active && !f.noise)
    .slice(-FALLBACK_FACTS)
    .reverse();
  const answer = composeAnswer(
    memory,
    recent.map((fact) => ({ fact, score: 1 })),
  );
  return {
    text: answerText(answer),
    candidates: recent.map((f) => candidate(f)),
    queryClass: questionClass,
    convergence: answer.map((f) => candidate(f)),
  };
}

interface Routed {
  /** The question as ranked within the narrative it landed on. */
  ask: Ask;
  terms: string[];
  narrative: number | undefined;
  /** How much the conversation is about each narrative once the question has landed. */
  belief: Map<number, number>;
  /** Ranked facts of the narrative the question was routed to. */
  mine: Scored[];
  choice: RouteChoice;
}

/** A narrative's facts ranked for the question by that narrative's own word weights and words. */
function rankWithin(memory: Memory, ask: Ask, narrative: number): Scored[] {
  const own = [...memory.factsIn(narrative)];
  return rankFacts(memory, ask, own, true, weightsWithin(own, ask.terms));
}

/** The question as ranked within a narrative: its related word forms are those the narrative holds. */
function askWithin(memory: Memory, question: string, narrative: number): Ask {
  return askOf(question, (term) => memory.narrativeHolds(narrative, term)).ask;
}

interface Asked {
  ask: Ask;
  terms: string[];
  /** Related words that name no story: they rank within a narrative, not between narratives. */
  unrouted: string[];
}

/**
 * The question as ranking reads it. Its words meet the facts also through related forms the facts
 * hold (`held`): the whole store's when choosing a narrative, the chosen narrative's when ranking
 * within it, so a story's facts rank alike right after it was told and at the end of a long run,
 * whatever words other stories brought in meanwhile.
 */
function askOf(question: string, held: (term: string) => boolean): Asked {
  const terms = withoutStance(question, termsOf(question, true));
  // "the tech" told, "the technician" asked: a clipping counts as the word's family does.
  const clipped = clippedTerms(question, held).filter((t) => !terms.includes(t));
  // "the wedding" asked, "we're getting married" told: the family's other part of speech, weaker.
  const forms = derivedTerms(question, held).filter((t) => !terms.includes(t) && !clipped.includes(t));
  // "where did we eat" asked, "we had dinner at …" told: a way of doing the verb, as weak.
  const ways = wayTerms(question, held).filter((t) => !terms.includes(t) && !clipped.includes(t) && !forms.includes(t));
  // "what does the bookshop want" asked, "asked for a custom scent for the shop" told: a compound's head, as weak.
  const heads = headTerms(question, held).filter((t) => !terms.includes(t) && !forms.includes(t) && !ways.includes(t));
  const derived = [...forms, ...ways, ...heads];
  const draft = classifyQuestion(question, true);
  const worded = expectedTypes(question, draft);
  const ask: Ask = {
    terms: [...terms, ...clipped, ...derived, ...topicTerms(question)],
    clipped,
    derived,
    questionClass: draft,
    // "which test centre": the head noun's kind types the answer when the wording does not.
    types: worded.length === 0 && draft !== 'situation' ? askedKindTypes(question) : worded,
    ...historyCues(question),
    kinds: askedKinds(question),
    classifications: askedClassifications(question),
    instances: askedInstances(question),
    // A situation's clauses are its parts ("Sum up the move - where…, who…"), none of them an aside.
    aside: draft === 'situation' ? [] : [...asideTerms(question), ...(draft === 'emotional' ? [] : occasionTerms(question))],
    ordinals: draft === 'situation' ? undefined : ordinalsOf(question),
  };
  return { ask, terms, unrouted: [...ways, ...heads] };
}

function route(memory: Memory, question: string, tenant: string): Routed {
  const pool = memory.factsOf(tenant);
  const { ask, terms, unrouted } = askOf(question, (term) => memory.holds(term));
  // Narratives are chosen by what their facts say as told; within the chosen one a replacement
  // ranks by the words of what it replaced.
  // A way of doing or a compound's head names no story: it ranks within the narrative the question lands on, not between narratives.
  // Nor does a compound naming one instance of the thing asked ("Otomax drops"): many stories name one.
  const ranked = rankFacts(
    memory,
    { ...ask, terms: unrouted.length > 0 ? ask.terms.filter((t) => !unrouted.includes(t)) : ask.terms, instances: undefined },
    pool,
    false,
  );
  // What the user adds after the question says why they ask, not which story ("…again? the
  // examiner wants it on the form"): its common words do not route; a name in it still does.
  const after = afterQuestionTerms(question);
  const routing = after.length > 0 ? terms.filter((t) => isNameTerm(t) || !after.includes(t)) : terms;
  const choice = routeNarrative(memory, tenant, routing, narrativeMatches(memory, routing, ranked), relationTerms(question), ask.types);
  const { narrative, belief } = choice;
  const askHere = narrative === undefined ? ask : askWithin(memory, question, narrative);
  const mine = narrative === undefined ? [] : rankWithin(memory, askHere, narrative);
  return { ask: askHere, terms, narrative, belief, mine, choice };
}

/** Whether a question is about the user's life (else it is general knowledge and gets no personal fact). */
function personalQuestion(memory: Memory, question: string, tenant: string, { mine }: Routed): boolean {
  const known = (w: string) => memory.knowsName(tenant, w);
  const main = mainClause(question);
  const firstPerson = RECALL.test(main) || isFirstPerson(main) || namesSomeoneKnown(main, known);
  const held = coverage(
    question,
    mine.map((s) => s.fact),
  );
  const worldly = isWorldQuestion(main);
  const content = contentWords(main);
  // A short question about "the rent" or "the wedding" refers to the conversation, even when the
  // user told the value in other words ("€420 a month").
  const referential =
    DEFINITE.test(main) && !namesSomethingUntold(main, known) && (content.length <= SHORT_REFERENCE || held >= DEFINITE_COVERAGE);
  return (
    firstPerson ||
    (!worldly &&
      (isPersonal(main, known) || asksForSituation(question) || /\bagain\b/i.test(question) || held >= PERSONAL_COVERAGE || referential))
  );
}

/** The write path's view of a question: is it about the user, by the same test the read path answers by? */
export function isAboutUser(memory: Memory, question: string, tenant: string): boolean {
  return personalQuestion(memory, question, tenant, route(memory, question, tenant));
}

export function answerQuestion(memory: Memory, question: string, tenant: string): QueryResult {
  const routed = route(memory, question, tenant);
  const { ask, terms, narrative, belief, mine } = routed;
  const pool = memory.factsOf(tenant);
  const personal = personalQuestion(memory, question, tenant, routed);
  const questionClass = classifyQuestion(question, personal);
  if (questionClass === 'general_knowledge') return { text: '', candidates: [], queryClass: questionClass, convergence: [] };

  if (mine.length === 0) return recentFallback(memory, tenant, questionClass);
  // The question moves the conversation to the narrative it landed on: the user's next question is
  // most likely about the same thing.
  if (narrative !== undefined) memory.believe(tenant, belief);
  memory.countQuestion(tenant);
  const spanned = situationNarratives(memory, narrative);
  const converged =
    questionClass === 'situation'
      ? convergeParts(
          memory,
          question,
          ask,
          pool.filter((f) => spanned.has(f.narrative)),
          mine,
          narrative,
        )
      : undefined;
  const ordered =
    converged?.ordered ??
    hedgedRanking(
      mine,
      (n) => rankWithin(memory, askWithin(memory, question, n), n),
      routed.choice,
      (fact) => companionsWithin(memory, fact),
    );
  const situation = converged && converged.leading > 0 ? converged : undefined;
  const answer = situation ? situationAnswer(memory, situation, ANSWER_TOKENS) : composeAnswer(memory, ordered);
  const traces = convergenceSet(memory, question, converged, mine, answer);
  return {
    text: situation
      ? situationText(memory, situation, question, ANSWER_TOKENS)
      : converged
        ? wholeSituationText(traces, question, ANSWER_TOKENS)
        : answerText(answer),
    candidates: ordered.slice(0, CANDIDATES).map((s) => candidate(s.fact, s.score)),
    queryClass: questionClass,
    // The traces the question activated: for a situation, every part's best first (see converge.ts).
    convergence: traces.map((f) => candidate(f)),
  };
}
