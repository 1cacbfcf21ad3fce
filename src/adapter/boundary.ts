// The adapter boundary: every value a system under test returns is checked against the contract's
// schemas and size cap before the harness keeps it. Wrong types, BigInts, circular structures and
// getters that throw become an error for that one call (thrown here, caught by timedCall); an
// answer over the cap is truncated and flagged, never allowed to grow the harness without bound.
import type { z } from 'zod';
import { dumpResultSchema, ingestResultSchema, queryResultSchema } from './contract-schemas.js';
import type { IngestResult, QueryResult } from './contract.js';

/** Characters of an answer or dump kept per call; recorded in each run's provenance. */
export const DEFAULT_ANSWER_CAP = 1_048_576;

export type CheckedQuery = QueryResult & { answerTruncatedFrom?: number };

function parse<T>(operation: string, schema: z.ZodType<T>, value: unknown): T {
  let parsed: ReturnType<z.ZodType<T>['safeParse']>;
  try {
    parsed = schema.safeParse(value);
  } catch (error) {
    throw new Error(`${operation} returned a value that cannot be read: ${(error as Error).message}`);
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'result';
    throw new Error(`${operation} returned a value that breaks the adapter contract: ${where}: ${issue.message}`);
  }
  return parsed.data;
}

/** Diagnostics are kept whole or not at all: over the cap, the call fails with a clear message. */
function withinCap(operation: string, value: unknown, cap: number): void {
  const size = JSON.stringify(value)?.length ?? 0;
  if (size > cap) throw new Error(`${operation} returned ${size} characters of diagnostics, over the cap of ${cap}`);
}

export function checkIngestResult(value: unknown, cap: number): IngestResult | undefined {
  if (value === undefined || value === null) return undefined;
  const result = parse('ingest', ingestResultSchema, value);
  withinCap('ingest', result, cap);
  return result;
}

export function checkQueryResult(value: unknown, cap: number): CheckedQuery {
  const result = parse('query', queryResultSchema, value);
  const { text, ...diagnostics } = result;
  withinCap('query', diagnostics, cap);
  return text.length > cap ? { ...result, text: text.slice(0, cap), answerTruncatedFrom: text.length } : result;
}

export function checkDumpResult(value: unknown, cap: number): string {
  const text = parse('dump', dumpResultSchema, value);
  return text.length > cap ? `${text.slice(0, cap)}\n[truncated: the dump was ${text.length} characters, over the cap of ${cap}]` : text;
}
