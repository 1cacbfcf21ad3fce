// The any-language adapter protocol (docs/adapter-protocol.md): one JSON request, one JSON reply,
// over a child's stdin/stdout (adapters/stdio.ts) or an HTTP POST (adapters/http.ts). Every message
// is defined here once; the result schemas are typed against the contract, so they cannot drift.
import { z } from 'zod';
import { ingestResultSchema, queryResultSchema } from './contract-schemas.js';
import type { Scope, TurnInput } from './contract.js';

export const PROTOCOL_VERSION = 1;

const scopeSchema: z.ZodType<Scope> = z.object({ tenant: z.string().optional() });
const turnSchema: z.ZodType<TurnInput> = z.object({ text: z.string(), time: z.string().optional(), timestamp: z.string().optional() });
const noParams = z.object({});

const requestShapes = {
  open: z.object({ dataDir: z.string() }),
  close: noParams,
  reset: noParams,
  ingest: z.object({ turn: turnSchema, scope: scopeSchema }),
  query: z.object({
    question: z.string(),
    scope: scopeSchema,
    asked: z.object({ time: z.string().optional(), timestamp: z.string().optional() }).optional(),
  }),
  dump: z.object({ scope: scopeSchema }),
  describe: noParams,
};

export type Method = keyof typeof requestShapes;
export type ParamsOf<M extends Method> = z.infer<(typeof requestShapes)[M]>;

const requestId = z.number().int().nonnegative();

/** A request as the harness sends it; adapters written in TypeScript (and the tests) parse with it. */
export const requestSchema = z.discriminatedUnion('method', [
  z.object({ id: requestId, method: z.literal('open'), params: requestShapes.open }),
  z.object({ id: requestId, method: z.literal('close'), params: requestShapes.close }),
  z.object({ id: requestId, method: z.literal('reset'), params: requestShapes.reset }),
  z.object({ id: requestId, method: z.literal('ingest'), params: requestShapes.ingest }),
  z.object({ id: requestId, method: z.literal('query'), params: requestShapes.query }),
  z.object({ id: requestId, method: z.literal('dump'), params: requestShapes.dump }),
  z.object({ id: requestId, method: z.literal('describe'), params: requestShapes.describe }),
]);
export type ProtocolRequest = z.infer<typeof requestSchema>;

export const describeResultSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  llmInLoop: z.boolean().optional(),
  persistent: z.boolean().optional(),
  capabilities: z.object({ dump: z.boolean() }),
});
export type DescribeResult = z.infer<typeof describeResultSchema>;

/** What each method's `result` must be. Lifecycle methods answer anything (null by convention). */
export const resultSchemas = {
  open: z.unknown(),
  close: z.unknown(),
  reset: z.unknown(),
  ingest: ingestResultSchema.nullable(),
  query: queryResultSchema,
  dump: z.object({ text: z.string() }),
  describe: describeResultSchema,
};
export type ResultOf<M extends Method> = z.infer<(typeof resultSchemas)[M]>;

// Two shapes rather than optional keys, so a reply with neither `result` nor `error` is refused.
export const responseSchema = z.union([
  z.object({ id: requestId, error: z.object({ message: z.string() }) }),
  z.object({ id: requestId, result: z.unknown() }),
]);
export type ProtocolResponse = z.infer<typeof responseSchema>;

export type ParsedResponse = { ok: true; response: ProtocolResponse } | { ok: false; problem: string };

/** Reads one reply (a line, or an HTTP body); `problem` says what is wrong with it, for the error message. */
export function parseResponse(text: string): ParsedResponse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: `not JSON: ${excerpt(text)}` };
  }
  const parsed = responseSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: `not a reply {"id", "result"} or {"id", "error": {"message"}}: ${excerpt(text)}` };
  return { ok: true, response: parsed.data };
}

/** Checks a reply's `result` against what its method promises. */
export function parseResult<M extends Method>(method: M, result: unknown): ResultOf<M> {
  const parsed = resultSchemas[method].safeParse(result);
  if (!parsed.success)
    throw new Error(`the ${method} result does not match the protocol: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
  return parsed.data as ResultOf<M>;
}

export function excerpt(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

/** The system answered with `{"error": {"message"}}`: a failure of that call, not of the channel. */
export class ReportedError extends Error {
  constructor(message: string) {
    super(`the adapter reported an error: ${message}`);
    this.name = 'ReportedError';
  }
}
