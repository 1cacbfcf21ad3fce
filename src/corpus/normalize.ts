// Turns a validated raw story (any dialect) into the harness's Story model.
import { resolveClock } from './clock.js';
import { inferPlainTraps } from './infer-traps.js';
import type { Diagnostic } from './diagnostics.js';
import type { Question, SourcePosition, Story, Triple, Turn } from './model.js';
import type { YamlPositions } from './positions.js';
import { KNOWN_BATCH_KEYS, KNOWN_QUESTION_KEYS, KNOWN_STORY_KEYS, type RawBatch, type RawQuestion, type RawStory } from './schema.js';

const GK_MARKER = /^\s*gk[\s_-]*trap\s*$/i;

export interface NormalizeContext {
  positions: Pick<YamlPositions, 'at'>;
  diagnostics: Diagnostic[];
}

export function normalizeStory(raw: RawStory, ctx: NormalizeContext): Story {
  const id = String(raw.story_id);
  const clock = resolveClock(raw.batches.map((b) => b.time), raw.start_date);
  const turns = raw.batches.map((batch, index) => normalizeTurn(id, batch, index, clock[index], ctx));
  inferPlainTraps(turns);
  if (raw.questions && raw.final_verification) {
    warn(ctx, ['final_verification'], 'both `questions` and `final_verification` are present; both are used');
  }
  const finals = [
    ...(raw.questions ?? []).map((q, i) => ({ q, path: ['questions', i] as PropertyKey[] })),
    ...(raw.final_verification ?? []).map((q, i) => ({ q, path: ['final_verification', i] as PropertyKey[] })),
  ];
  return {
    id,
    name: raw.story_name,
    category: raw.category,
    description: raw.description?.trim(),
    durationSimulated: raw.duration_simulated,
    startDate: raw.start_date,
    collisionGroups: raw.collision_group === undefined ? [] : [raw.collision_group].flat(),
    totalBatches: raw.total_batches,
    turns,
    questions: finals.map(({ q, path }, i) =>
      normalizeQuestion(q, { id: q.question_id ?? `${id}_q${i + 1}`, phase: 'final', source: ctx.positions.at(path) }),
    ),
    facts: raw.facts ?? [],
    extra: extraKeys(raw, KNOWN_STORY_KEYS),
    source: ctx.positions.at([]),
  };
}

function normalizeTurn(storyId: string, batch: RawBatch, index: number, timestamp: string | undefined, ctx: NormalizeContext): Turn {
  const path = ['batches', index];
  const rawStores = batch.expected_stores ?? batch.expected_memory_stores ?? [];
  const gkMarker = rawStores.length === 1 && GK_MARKER.test(rawStores[0]);
  const verification = batch.verification;
  const routedToGk = verification?.type === 'intent_routing' && /general[\s_-]*knowledge/i.test(String(verification.expected_intent));
  const turn: Turn = {
    index,
    batch: batch.batch,
    text: batch.user_input,
    time: batch.time,
    timestamp,
    expectedStores: gkMarker ? [] : rawStores,
    inputClass: batch.input_class,
    storeTypes: batch.store_types ?? {},
    temporal: batch.temporal ?? [],
    updates: batch.updates ?? [],
    phenomena: batch.phenomena ?? [],
    adaptation: batch.expected_adaptation && {
      emotion: batch.expected_adaptation.emotion_detected,
      warmthDirection: batch.expected_adaptation.warmth_direction,
      extra: omit(batch.expected_adaptation, ['emotion_detected', 'warmth_direction']),
    },
    triples: normalizeTriples(batch.expected_triples),
    generalKnowledgeTrap: gkMarker || routedToGk || batch.input_class === 'general_knowledge',
    gkMarker,
    extra: extraKeys(batch, KNOWN_BATCH_KEYS),
    source: ctx.positions.at(path),
  };
  if (verification?.type === 'retrieval' && 'expected_response_contains' in verification) {
    const mid = verification as unknown as RawQuestion & { expected_response_contains: string[] };
    turn.midQuestion = normalizeQuestion(
      { ...mid, question: batch.user_input, expected_contains: mid.expected_response_contains },
      { id: mid.question_id ?? `${storyId}_b${batch.batch}`, phase: 'mid', atTurn: index, source: ctx.positions.at([...path, 'verification']) },
      ['type', 'expected_response_contains'],
    );
  }
  return turn;
}

interface QuestionPlacement {
  id: string;
  phase: Question['phase'];
  atTurn?: number;
  source: SourcePosition;
}

function normalizeQuestion(
  q: RawQuestion,
  placement: QuestionPlacement,
  alsoKnown: string[] = [],
): Question {
  const known = new Set([...KNOWN_QUESTION_KEYS, ...alsoKnown]);
  return {
    ...placement,
    text: q.question,
    expected: q.expected_contains,
    mustNotContain: q.must_not_contain ?? [],
    questionClass: q.question_class,
    properties: q.properties ?? [],
    answerBatches: q.answer_batches ?? [],
    triples: normalizeTriples(q.expected_triples),
    extra: extraKeys(q, known),
  };
}

function normalizeTriples(raw: RawQuestion['expected_triples']): Triple[] {
  return (raw ?? []).map((t) => (Array.isArray(t) ? { subject: t[0], predicate: t[1], object: t[2] } : { subject: t.subject, predicate: t.predicate, object: t.object }));
}

/** Keys the schema does not know: kept verbatim, and reported so nothing is dropped silently. */
function extraKeys(raw: object, known: Set<string>): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (known.has(key)) continue;
    extra[key] = value;
  }
  return extra;
}

function omit(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}

function warn(ctx: NormalizeContext, path: PropertyKey[], message: string): void {
  const at = ctx.positions.at(path);
  ctx.diagnostics.push({ severity: 'warning', ...at, field: path.join('.'), message, rule: 'dialect' });
}
