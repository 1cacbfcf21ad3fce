// The write path: one utterance in, its class, the facts stored from it, its temporal expressions
// and its emotion out. Deterministic: the same utterances in the same order build the same memory.
import type { IngestResult, TurnInput } from '../../src/adapter/contract.js';
import { referredTerms } from './coreference.js';
import { classifyInput, hasUpdateCue, updateCues, type InputClass } from './classify-input.js';
import { droppedTerms } from './dropped.js';
import { detectEmotion, namedEmotionHits } from './emotion.js';
import type { Fact } from './fact.js';
import type { Memory, Narrative } from './memory.js';
import { askablesOf } from './lexicon/askables.js';
import { predictQueries } from './predicted-queries.js';
import { isAboutUser } from './read-path.js';
import { narrativeFor } from './segment.js';
import { extractSlots, typesOf } from './slots.js';
import { supersedeAcrossSentences, supersedeEarlier, supersedeOldValueRetold } from './supersede.js';
import { sentencesOf } from './sentences.js';
import { resolveTemporal } from './temporal.js';
import { termsOf } from './terms.js';
import { withoutDiscourseMarkers } from './discourse-markers.js';
import { correctsTold, setsAsideOnlyUntold } from './told-contrast.js';
import { kindTerms } from './word-kinds.js';

const NAMED = new Set(['PERSON', 'PLACE', 'ORGANIZATION']);

/** Capitalised words inside a sentence (not its first word, not "I"): names compromise may not know. */
function capitalisedWords(text: string): string[] {
  return [...text.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)(\p{Lu}[\p{Ll}'’-]+)/gu)]
    .map((m) => m[1])
    .filter((w) => w !== 'I' && !/^I['’]/.test(w));
}

/**
 * Whether a sentence of an update says by itself that something changed ("moved to", "instead") or
 * is off. Its other sentences ("he's going to credit me in the next leadership update") replace an
 * earlier fact only by giving a new value of the same kind; when no sentence carries the cue by
 * itself, every sentence may replace as before.
 */
function changeCued(facts: readonly Fact[]): (fact: Fact) => boolean {
  const cued = new Set(facts.filter((f) => hasUpdateCue(f.text) || droppedTerms(f.text).length > 0));
  return (fact) => cued.size === 0 || cued.has(fact);
}

/** Whether nothing has been told in the narrative yet. */
function opensStory(memory: Memory, narrative: Narrative): boolean {
  return memory.factsIn(narrative.id).length === 0;
}

/**
 * A value set against another is a change only when the other was told: "instead of the pick
 * faces", never mentioned, is new (the store is searched whole, as the old value may sit in another
 * narrative); ", not cashew", cashew told in this story, corrects it.
 */
function againstTold(memory: Memory, narrative: Narrative, text: string, inputClass: InputClass, tenant: string): InputClass {
  if (
    inputClass === 'update' &&
    updateCues(text).every((cue) => /^instead$/i.test(cue)) &&
    setsAsideOnlyUntold(text, memory.factsOf(tenant))
  )
    return 'statement';
  if (inputClass === 'statement' && correctsTold(text, memory.factsIn(narrative.id))) return 'update';
  return inputClass;
}

export function ingestTurn(memory: Memory, turn: TurnInput, tenant: string): IngestResult {
  const turnSeq = ++memory.turnSeq;
  const sentences = sentencesOf(turn.text).map((text) => {
    const temporal = resolveTemporal(text, turn.timestamp);
    return { text, temporal, slots: extractSlots(text, temporal) };
  });
  const temporal = sentences.flatMap((s) => s.temporal);
  const allSlots = sentences.flatMap((s) => s.slots);
  const active = memory.activeNarrative(tenant);
  let inputClass: InputClass = classifyInput(turn.text, allSlots, active !== undefined, (w) => memory.knowsName(tenant, w));
  // A question the read path would answer from memory ("what was the caterer called again?") is the user's own.
  if (inputClass === 'general_knowledge' && isAboutUser(memory, turn.text, tenant)) inputClass = 'question';
  const emotion = detectEmotion(turn.text);
  if (inputClass === 'question' || inputClass === 'general_knowledge') {
    return { inputClass, facts: [], temporal, emotion };
  }

  const names = [...allSlots.filter((s) => NAMED.has(s.type)).map((s) => s.value), ...capitalisedWords(turn.text)];
  const narrative = narrativeFor(memory, tenant, turn.timestamp, names, turn.text);
  // An update needs something told before it in its own story: the first utterance of a new
  // narrative ("ok I'm doing it, ditching the car") is a statement, as it would be to a memory
  // holding nothing else. One that names what only an earlier narrative told has joined that one.
  if (inputClass === 'update' && opensStory(memory, narrative)) {
    inputClass = classifyInput(turn.text, allSlots, false, (w) => memory.knowsName(tenant, w));
  }
  inputClass = againstTold(memory, narrative, turn.text, inputClass, tenant);
  memory.unfocus(tenant);
  narrative.lastTimestamp = turn.timestamp ?? narrative.lastTimestamp;
  memory.rememberNames(tenant, narrative, names);

  const facts: Fact[] = [];
  for (const { text: sentence, slots } of sentences) {
    const terms = termsOf(withoutDiscourseMarkers(sentence));
    const fact: Fact = {
      id: memory.facts.length + 1,
      tenant,
      narrative: narrative.id,
      turn: turnSeq,
      timestamp: turn.timestamp,
      text: sentence,
      slots,
      terms,
      asks: termsOf(askablesOf(sentence).join(' ')).filter((t) => !terms.includes(t)),
      context: [],
      kinds: kindTerms(sentence, terms),
      refers: [],
      predictedQueries: predictQueries(sentence, slots),
      noise: inputClass === 'noise',
      update: inputClass === 'update',
      emotion: namedEmotionHits(sentence)[0]?.family.name,
      replaced: [],
    };
    memory.addFact(fact);
    fact.refers = referredTerms(memory, fact);
    for (const term of fact.terms) memory.addNarrativeTerm(narrative, term);
    facts.push(fact);
  }
  const turnTerms = [...new Set(facts.flatMap((f) => f.terms))];
  for (const fact of facts) fact.context = turnTerms.filter((t) => !fact.terms.includes(t));
  if (inputClass === 'update') {
    const cued = changeCued(facts);
    for (const fact of facts) supersedeEarlier(memory, fact, !cued(fact));
    supersedeAcrossSentences(memory, facts);
    supersedeOldValueRetold(memory, facts);
  }

  return {
    inputClass,
    facts: facts.map((f) => ({ text: f.text, types: typesOf(f.slots), predictedQueries: f.predictedQueries })),
    temporal,
    emotion,
  };
}
