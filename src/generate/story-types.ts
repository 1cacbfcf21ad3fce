// The shape of a generated story, field for field as it is written to YAML (snake_case keys,
// declared in the order they appear in the file).
import type { InputClass, Phenomenon, Property, QuestionClass, SemanticType } from '../corpus/model.js';

export interface GeneratedTemporal {
  text: string;
  resolved: string;
  relative: boolean;
  direction: 'past' | 'present' | 'future';
}

export interface GeneratedRetrieval {
  type: 'retrieval';
  expected_response_contains: string[];
  question_class: QuestionClass;
  properties: Property[];
  answer_batches: number[];
}

export interface GeneratedBatch {
  batch: number;
  time: string;
  user_input: string;
  input_class: InputClass;
  expected_stores?: string[];
  store_types?: Record<string, SemanticType>;
  temporal?: GeneratedTemporal[];
  updates?: Array<{ from: string; to: string }>;
  phenomena?: Phenomenon[];
  expected_adaptation?: { emotion_detected: string; warmth_direction: string };
  verification?: GeneratedRetrieval | { type: 'intent_routing'; expected_intent: 'GENERAL_KNOWLEDGE' };
}

export interface GeneratedQuestion {
  question_id: string;
  question: string;
  expected_contains: string[];
  question_class: QuestionClass;
  properties: Property[];
  answer_batches: number[];
  must_not_contain?: string[];
}

export interface GeneratedStory {
  story_id: number;
  story_name: string;
  category: string;
  description: string;
  duration_simulated: string;
  start_date: string;
  collision_group: string;
  total_batches: number;
  batches: GeneratedBatch[];
  questions: GeneratedQuestion[];
}
