// Typed, defensive readers for the diagnostics stored in turn and question records. Records hold
// whatever the adapter returned (possibly from another process, through JSON), so every field is
// checked here once and the checkpoints can trust the shapes they get.
import type { Candidate, DetectedEmotion, StoredFact, TemporalResolution } from '../../src/adapter/contract.js';

export interface TurnDiagnostics {
  inputClass?: string;
  facts?: StoredFact[];
  temporal?: TemporalResolution[];
  emotion?: DetectedEmotion;
}

export interface QuestionDiagnostics {
  queryClass?: string;
  candidates?: Candidate[];
  convergence?: Candidate[];
}

type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A list of strings; a lone string is read as a list of one (a common adapter shortcut). */
function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string');
}

function readFact(value: unknown): StoredFact | undefined {
  if (typeof value === 'string') return { text: value };
  if (!isBag(value) || typeof value.text !== 'string') return undefined;
  return { text: value.text, types: stringList(value.types), predictedQueries: stringList(value.predictedQueries) };
}

function readTemporal(value: unknown): TemporalResolution | undefined {
  if (!isBag(value) || typeof value.text !== 'string') return undefined;
  const direction = value.direction;
  return {
    text: value.text,
    resolved: nonEmptyString(value.resolved),
    direction: direction === 'past' || direction === 'present' || direction === 'future' ? direction : undefined,
    type: nonEmptyString(value.type),
  };
}

function readEmotion(value: unknown): DetectedEmotion | undefined {
  if (typeof value === 'string') return nonEmptyString(value) ? { label: value } : undefined;
  if (!isBag(value)) return undefined;
  const label = nonEmptyString(value.label) ?? '';
  const warmthDirection = nonEmptyString(value.warmthDirection);
  if (!label && !warmthDirection) return undefined;
  return { label, warmthDirection };
}

function readCandidates(value: unknown): Candidate[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((c): Candidate[] => {
    if (typeof c === 'string') return [{ text: c }];
    return isBag(c) && typeof c.text === 'string' ? [{ text: c.text }] : [];
  });
}

function readList<T>(value: unknown, read: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map(read).filter((v): v is T => v !== undefined);
}

export function readTurnDiagnostics(diagnostics: Bag | undefined): TurnDiagnostics {
  if (!diagnostics) return {};
  return {
    inputClass: nonEmptyString(diagnostics.inputClass),
    facts: readList(diagnostics.facts, readFact),
    temporal: readList(diagnostics.temporal, readTemporal),
    emotion: readEmotion(diagnostics.emotion),
  };
}

export function readQuestionDiagnostics(diagnostics: Bag | undefined): QuestionDiagnostics {
  if (!diagnostics) return {};
  return {
    queryClass: nonEmptyString(diagnostics.queryClass),
    candidates: readCandidates(diagnostics.candidates),
    convergence: readCandidates(diagnostics.convergence),
  };
}
