// Efficiency of a stored run: what the layer's reads cost the model that consumes them (PTE),
// how much text it returns, and how fast and large it is.
import type { LlmUsage } from '../adapter/contract.js';
import { isGraded } from '../grading/graded.js';
import { latencySummary, type LatencySummary } from '../stats/percentiles.js';
import type { QuestionRecord, StoredRun } from '../store/records.js';
import { gammaFromProfile } from './gamma.js';
import { pte, readPte } from './pte.js';
import type { TokenEncoding } from './tokens.js';

export interface EfficiencyOptions {
  /** `model@hardware` from the shipped γ table. */
  gammaProfile: string;
  encoding: TokenEncoding;
  /** Declared length of the downstream model's answer, in tokens (D in read-PTE). */
  answerTokens: number;
}

export const DEFAULT_EFFICIENCY: EfficiencyOptions = { gammaProfile: 'llama-3.1-8b@h100-pcie', encoding: 'o200k_base', answerTokens: 32 };

export interface EfficiencySummary {
  gammaProfile: string;
  gamma: number;
  encoding: TokenEncoding;
  answerTokens: number;
  ptePerQuestion: number;
  /** Total PTE divided by passes: the cost of one correct answer (null with no passes). */
  ptePerPass: number | null;
  tokensPerAnswer: number;
  /** PTE of the layer's own LLM calls (ingest and query), when it reports usage. */
  adapterLlmPte: number;
  queryLatencyMs: LatencySummary;
  ingestLatencyMs: LatencySummary;
  /** Adapter operations (ingests + queries) per second of wall time. */
  throughputOpsPerSec: number | null;
  storeBytes: number | null;
  peakRssBytes: number | null;
  harnessMs: number | null;
  adapterMs: number | null;
}

function usageOf(diagnostics: Record<string, unknown> | undefined): LlmUsage[] {
  const usage = diagnostics?.usage;
  return Array.isArray(usage)
    ? (usage as LlmUsage[]).filter((u) => typeof u?.prefillTokens === 'number' && typeof u?.decodeTokens === 'number')
    : [];
}

/** Tokens of a question and of its answer, as the efficiency figures count them. */
export interface QuestionTokens {
  question: number;
  answer: number;
}

/** Counts tokens of one question and its answer at a time (consecutive equal answers once). */
export async function questionTokenCounter(
  encoding: TokenEncoding,
): Promise<(q: Pick<QuestionRecord, 'question' | 'answer'>) => QuestionTokens> {
  const { tokenCounter } = await import('./tokens.js');
  const countTokens = tokenCounter(encoding);
  // Consecutive equal answers (a layer returning its whole store) are tokenised once.
  let last = { text: '', tokens: 0 };
  const count = (text: string) => {
    if (text !== last.text) last = { text, tokens: countTokens(text) };
    return last.tokens;
  };
  return (q) => {
    const answer = count(q.answer);
    return { answer, question: count(q.question) };
  };
}

/** The graded questions whose answers the efficiency figures count. */
export const countedForEfficiency = (q: Pick<QuestionRecord, 'phase' | 'outcome'>) => isGraded(q) && q.outcome !== 'error';

/**
 * `tokensOf` gives each counted question's tokens when they were counted while the run was
 * streamed (its answers are then no longer at hand); otherwise they are counted here.
 */
export async function efficiencySummary(
  stored: Pick<StoredRun, 'run' | 'questions' | 'turns'>,
  options: EfficiencyOptions = DEFAULT_EFFICIENCY,
  tokensOf?: (q: QuestionRecord) => QuestionTokens,
): Promise<EfficiencySummary> {
  const tokens = tokensOf ?? (await questionTokenCounter(options.encoding));
  const γ = gammaFromProfile(options.gammaProfile);
  const graded = stored.questions.filter(countedForEfficiency);
  let readTotal = 0;
  let answerTokensTotal = 0;
  for (const q of graded) {
    const counted = tokens(q);
    answerTokensTotal += counted.answer;
    readTotal += readPte(counted.question + counted.answer, options.answerTokens, γ);
  }
  const adapterLlmPte = pte(
    [...stored.turns.flatMap((t) => usageOf(t.diagnostics)), ...stored.questions.flatMap((q) => usageOf(q.diagnostics))],
    γ,
  );
  const total = readTotal + adapterLlmPte;
  const passes = stored.questions.filter((q) => isGraded(q) && q.outcome === 'pass').length;
  const queries = stored.questions.filter((q) => q.outcome !== 'error');
  const metrics = stored.run.metrics;
  return {
    gammaProfile: options.gammaProfile,
    gamma: γ,
    encoding: options.encoding,
    answerTokens: options.answerTokens,
    ptePerQuestion: graded.length === 0 ? 0 : total / graded.length,
    ptePerPass: passes === 0 ? null : total / passes,
    tokensPerAnswer: graded.length === 0 ? 0 : answerTokensTotal / graded.length,
    adapterLlmPte,
    queryLatencyMs: latencySummary(queries.map((q) => q.latencyMs)),
    ingestLatencyMs: latencySummary(stored.turns.filter((t) => t.outcome === 'ok').map((t) => t.latencyMs)),
    throughputOpsPerSec: metrics && metrics.wallMs > 0 ? (stored.turns.length + stored.questions.length) / (metrics.wallMs / 1000) : null,
    storeBytes: metrics?.storeBytes ?? null,
    peakRssBytes: metrics?.peakRssBytes ?? null,
    harnessMs: metrics?.harnessMs ?? null,
    adapterMs: metrics?.adapterMs ?? null,
  };
}
