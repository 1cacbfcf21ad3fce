// Builds each batch of a story from its slot: the text, its class and every annotation.
import type { SemanticType } from '../corpus/model.js';
import { clockText } from './calendar.js';
import type { DomainSpec, StoryValues, TypedValue } from './domain.js';
import { casual, orderedPhenomena, type ChatterDeck, type Utterance } from './phrasing.js';
import type { Rng } from './rng.js';
import type { GeneratedBatch } from './story-types.js';
import type { Slot, Timeline } from './timeline.js';
import { CLOSINGS, GENERAL_KNOWLEDGE, SMALL_TALK, type Feeling } from './vocabulary/chatter.js';

export interface PlotContext {
  spec: DomainSpec;
  rng: Rng;
  v: StoryValues;
  before: Feeling;
  after: Feeling;
  timeline: Timeline;
  keywords: string[];
  chatter: ChatterDeck;
  /** General-knowledge questions already asked in this story, so a second trap asks something else. */
  askedTraps: Set<string>;
  /** 1-based batch number of the first batch of a kind. */
  batchOf(slot: Slot): number;
}

export function buildBatch(ctx: PlotContext, slot: Slot, index: number): GeneratedBatch {
  const clock = ctx.timeline.clocks[index];
  const head = { batch: index + 1, time: clockText(clock.date, clock.minuteOfDay) };
  const { spec, rng, v, timeline } = ctx;
  switch (slot) {
    case 'intro':
      return {
        ...head,
        ...statement(casual(rng, ctx.chatter, rng.pick(spec.intro)(v), 0.2), [
          [v.org, 'ORGANIZATION'],
          [v.contact.full, 'PERSON'],
          [v.eventDateText, 'DATE'],
          [v.feelingBefore, 'EMOTION'],
        ]),
        temporal: [{ text: v.eventDateText, resolved: timeline.eventDate, relative: false, direction: 'future' }],
        expected_adaptation: { emotion_detected: ctx.before.label, warmth_direction: ctx.before.warmth },
      };
    case 'detail':
      return { ...head, ...statement(casual(rng, ctx.chatter, rng.pick(spec.detail)(v)), [typed(v.oldValue), typed(v.quantity)]) };
    case 'coref':
      return {
        ...head,
        ...statement(casual(rng, ctx.chatter, rng.pick(spec.coref)(v)), [[v.friend.first, 'PERSON'], typed(v.item)], ['coreference']),
        temporal: [{ text: v.prepText, resolved: timeline.prep.date, relative: true, direction: 'future' }],
      };
    case 'update':
      return {
        ...head,
        ...statement(casual(rng, ctx.chatter, rng.pick(spec.update)(v), 0.2), [typed(v.newValue)], ['negation'], 'update'),
        updates: [{ from: v.oldValue.value, to: v.newValue.value }],
      };
    case 'outcome':
      return {
        ...head,
        ...statement(casual(rng, ctx.chatter, rng.pick(spec.outcome)(v), 0.2), [typed(v.outcome), [v.feelingAfter, 'EMOTION']]),
        temporal: [{ text: v.outcomeWhen, resolved: timeline.eventDate, relative: true, direction: timeline.outcome.direction }],
        expected_adaptation: { emotion_detected: ctx.after.label, warmth_direction: ctx.after.warmth },
      };
    case 'smalltalk':
    case 'closing':
      return { ...head, ...chatter(casual(rng, ctx.chatter, rng.pick(slot === 'smalltalk' ? SMALL_TALK : CLOSINGS), 0)) };
    case 'trap':
      return {
        ...head,
        user_input: generalKnowledgeQuestion(ctx),
        input_class: 'general_knowledge',
        verification: { type: 'intent_routing', expected_intent: 'GENERAL_KNOWLEDGE' },
      };
    case 'mid-question': {
      const mid = rng.pick(spec.midQuestions);
      return {
        ...head,
        user_input: mid.ask(v),
        input_class: 'question',
        verification: {
          type: 'retrieval',
          expected_response_contains: [mid.answer === 'contact' ? v.contact.full : v.org],
          question_class: 'factual',
          properties: ['P1'],
          answer_batches: [ctx.batchOf('intro')],
        },
      };
    }
  }
}

type Store = [string, SemanticType];

function typed(value: TypedValue): Store {
  return [value.value, value.type];
}

function statement(
  said: Utterance,
  stores: Store[],
  extra: GeneratedBatch['phenomena'] = [],
  inputClass: 'statement' | 'update' = 'statement',
): Pick<GeneratedBatch, 'user_input' | 'input_class' | 'expected_stores' | 'store_types' | 'phenomena'> {
  const phenomena = orderedPhenomena([...extra, ...said.phenomena]);
  return {
    user_input: said.text,
    input_class: inputClass,
    expected_stores: stores.map(([value]) => value),
    store_types: Object.fromEntries(stores),
    ...(phenomena.length > 0 ? { phenomena } : {}),
  };
}

function chatter(said: Utterance): Pick<GeneratedBatch, 'user_input' | 'input_class' | 'phenomena'> {
  const phenomena = orderedPhenomena(said.phenomena);
  return { user_input: said.text, input_class: 'noise', ...(phenomena.length > 0 ? { phenomena } : {}) };
}

/** The first question (in a story-specific order) that names none of the story's values. */
function generalKnowledgeQuestion(ctx: PlotContext): string {
  const lowered = ctx.keywords.map((k) => k.toLowerCase());
  for (const question of ctx.rng.shuffle(GENERAL_KNOWLEDGE)) {
    const text = question.toLowerCase();
    if (ctx.askedTraps.has(question) || lowered.some((k) => text.includes(k))) continue;
    ctx.askedTraps.add(question);
    return question;
  }
  return 'how many sides does a triangle have?';
}
