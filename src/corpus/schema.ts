// The zod schema of a story file as written on disk, in every dialect the loader accepts.
// Unknown keys pass through (loose objects) so the normaliser can keep and report them.
import { z } from 'zod';
import { INPUT_CLASSES, PHENOMENA, PROPERTIES, QUESTION_CLASSES, SEMANTIC_TYPES } from './model.js';

const text = z.string().trim().min(1, 'must be a non-empty string');
/** Keywords are strings; YAML turns `- 195` into a number, which is the same keyword. */
const keyword = z.union([z.string(), z.number()]).transform(String).pipe(text);
const keywords = z.array(keyword);
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/, 'must be an ISO date (YYYY-MM-DD)'));

const tripleObject = z.looseObject({ subject: keyword, predicate: keyword, object: keyword });
const tripleList = z.tuple([keyword, keyword, keyword]);
export const rawTriples = z.array(z.union([tripleObject, tripleList]));

const questionAnnotations = {
  question_class: z.enum(QUESTION_CLASSES).optional(),
  properties: z.array(z.enum(PROPERTIES)).optional(),
  must_not_contain: keywords.optional(),
  answer_batches: z.array(z.number().int()).optional(),
  expected_triples: rawTriples.optional(),
};

export const rawQuestion = z.looseObject({
  question_id: z.union([z.string(), z.number()]).transform(String).optional(),
  question: text,
  expected_contains: keywords.min(1, 'needs at least one expected keyword'),
  ...questionAnnotations,
});

const retrieval = z.looseObject({
  type: z.literal('retrieval'),
  expected_response_contains: keywords.min(1, 'needs at least one expected keyword'),
  question_id: z.union([z.string(), z.number()]).transform(String).optional(),
  ...questionAnnotations,
});
const intentRouting = z.looseObject({ type: z.literal('intent_routing'), expected_intent: text });
const otherVerification = z.looseObject({ type: text });
export const rawVerification = z.union([retrieval, intentRouting, otherVerification]);

const temporal = z.looseObject({
  text,
  resolved: isoDate,
  relative: z.boolean().optional(),
  direction: z.enum(['past', 'present', 'future']).optional(),
  type: z.string().optional(),
});

export const rawBatch = z.looseObject({
  batch: z.number().int(),
  time: z.union([z.string(), z.number()]).transform(String).optional(),
  user_input: text,
  expected_stores: keywords.nullish(),
  expected_memory_stores: keywords.nullish(),
  expected_adaptation: z
    .looseObject({ emotion_detected: z.string().optional(), warmth_direction: z.string().optional() })
    .optional(),
  expected_triples: rawTriples.optional(),
  verification: rawVerification.optional(),
  input_class: z.enum(INPUT_CLASSES).optional(),
  store_types: z.record(z.string(), z.enum(SEMANTIC_TYPES)).optional(),
  temporal: z.array(temporal).optional(),
  updates: z.array(z.looseObject({ from: keyword, to: keyword })).optional(),
  phenomena: z.array(z.enum(PHENOMENA)).optional(),
});

export const rawStory = z
  .looseObject({
    story_id: z.union([z.number().int(), text]),
    story_name: text,
    category: text,
    description: z.string().optional(),
    duration_simulated: z.union([z.string(), z.number()]).transform(String).optional(),
    start_date: isoDate.optional(),
    collision_group: z.union([text, z.array(text)]).optional(),
    total_batches: z.number().int().optional(),
    batches: z.array(rawBatch).min(1, 'a story needs at least one batch'),
    questions: z.array(rawQuestion).optional(),
    final_verification: z.array(rawQuestion).optional(),
    facts: z.array(keyword).optional(),
  });

export type RawStory = z.infer<typeof rawStory>;
export type RawBatch = z.infer<typeof rawBatch>;
export type RawQuestion = z.infer<typeof rawQuestion>;

export const rawExpectedAnswers = z.looseObject({
  stories: z.array(
    z.looseObject({
      story_id: z.union([z.number().int(), text]),
      story_name: z.string().optional(),
      category: z.string().optional(),
      facts: z.array(keyword).optional(),
      questions: z.array(rawQuestion).default([]),
    }),
  ),
});
export type RawExpectedAnswers = z.infer<typeof rawExpectedAnswers>;

/** Keys each raw object understands; anything else is kept in `extra` and reported. */
export const KNOWN_STORY_KEYS = new Set(Object.keys(rawStory.shape));
export const KNOWN_BATCH_KEYS = new Set(Object.keys(rawBatch.shape));
export const KNOWN_QUESTION_KEYS = new Set(Object.keys(rawQuestion.shape));
