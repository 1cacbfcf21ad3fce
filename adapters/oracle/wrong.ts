// What the oracle reports in its `wrong` variant: every diagnostic deliberately wrong, so each
// checkpoint is shown able to fail. The wrong answer text is a symbol no keyword can match.
import type { IngestResult, QueryResult } from '../../src/adapter/contract.js';
import { INPUT_CLASSES, QUESTION_CLASSES, type Question, type SemanticType, type Turn } from '../../src/corpus/model.js';
import { foldWhitespaceAndCase } from '../../src/grading/normalize-text.js';

export const WRONG_TEXT = '∅';

function nextOf<T>(list: readonly T[], value: T | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  return list[(list.indexOf(value) + 1) % list.length];
}

/** PERSON for anything that is not a person, OBJECT for a person: never the annotated type (nor DATE↔TIME). */
function wrongType(expected: SemanticType | undefined): SemanticType {
  return expected === 'PERSON' ? 'OBJECT' : 'PERSON';
}

function wrongDate(resolved: string): string {
  return resolved.startsWith('1970-01-01') ? '1970-01-02' : '1970-01-01';
}

const OPPOSITE_DIRECTION = { past: 'future', present: 'past', future: 'past' } as const;
const OPPOSITE_WARMTH: Record<string, string> = { increase: 'decrease', decrease: 'increase', neutral: 'increase' };
const UNLIKELY_EMOTIONS = ['indifferent', 'amused', 'bored'];

export function wrongIngest(turn: Turn): IngestResult {
  const expectedEmotion = foldWhitespaceAndCase(turn.adaptation?.emotion ?? '');
  return {
    inputClass: nextOf(INPUT_CLASSES, turn.inputClass ?? (turn.generalKnowledgeTrap ? 'general_knowledge' : undefined), 'noise'),
    facts: turn.expectedStores.map((value) => ({ text: value, types: [wrongType(turn.storeTypes[value])], predictedQueries: [] })),
    temporal: turn.temporal.map((t) => ({
      text: t.text,
      resolved: wrongDate(t.resolved),
      direction: t.direction ? OPPOSITE_DIRECTION[t.direction] : 'past',
    })),
    emotion: turn.adaptation
      ? {
          label: UNLIKELY_EMOTIONS.find((e) => !expectedEmotion.includes(e)) ?? 'bored',
          warmthDirection: OPPOSITE_WARMTH[turn.adaptation.warmthDirection ?? ''] ?? 'decrease',
        }
      : undefined,
  };
}

export function wrongAnswer(question: Question): QueryResult {
  return {
    text: WRONG_TEXT,
    candidates: [{ text: WRONG_TEXT }],
    queryClass: nextOf(QUESTION_CLASSES, question.questionClass, 'general_knowledge'),
    convergence: [{ text: WRONG_TEXT }],
  };
}

/** A trap answered with personal facts: the general-knowledge leak a memory layer must not make. */
export function wrongTrapAnswer(storedValues: readonly string[]): QueryResult {
  return { text: storedValues.join('\n'), candidates: storedValues.map((text) => ({ text })), queryClass: 'factual' };
}
