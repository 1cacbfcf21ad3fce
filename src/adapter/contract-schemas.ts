// Zod schemas of the adapter contract's return values (contract.ts), typed against its interfaces
// so they cannot drift. Every value an adapter hands back is parsed with them before the harness
// trusts it: unknown keys are dropped, so what is kept is plain, finite, JSON-safe data.
import { z } from 'zod';
import type { Candidate, DetectedEmotion, IngestResult, LlmUsage, QueryResult, StoredFact, TemporalResolution } from './contract.js';

const usageSchema: z.ZodType<LlmUsage> = z.object({
  prefillTokens: z.number().nonnegative(),
  decodeTokens: z.number().nonnegative(),
  contextLength: z.number().nonnegative().optional(),
  model: z.string().optional(),
});
const factSchema: z.ZodType<StoredFact> = z.object({
  text: z.string(),
  types: z.array(z.string()).optional(),
  predictedQueries: z.array(z.string()).optional(),
});
const temporalSchema: z.ZodType<TemporalResolution> = z.object({
  text: z.string(),
  resolved: z.string().optional(),
  direction: z.enum(['past', 'present', 'future']).optional(),
  type: z.string().optional(),
});
const emotionSchema: z.ZodType<DetectedEmotion> = z.object({ label: z.string(), warmthDirection: z.string().optional() });
// A NaN or infinite score (a zero vector's cosine, say) is dropped rather than failing the call.
const finiteOrNothing = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? undefined : v);
const candidateSchema: z.ZodType<Candidate> = z.object({
  text: z.string(),
  score: z.preprocess(finiteOrNothing, z.number().optional()),
  id: z.string().optional(),
});

export const ingestResultSchema: z.ZodType<IngestResult> = z.object({
  inputClass: z.string().optional(),
  facts: z.array(factSchema).optional(),
  temporal: z.array(temporalSchema).optional(),
  emotion: emotionSchema.optional(),
  usage: z.array(usageSchema).optional(),
});
export const queryResultSchema: z.ZodType<QueryResult> = z.object({
  text: z.string(),
  candidates: z.array(candidateSchema).optional(),
  queryClass: z.string().optional(),
  convergence: z.array(candidateSchema).optional(),
  usage: z.array(usageSchema).optional(),
});

export const dumpResultSchema = z.string();
