// The answer-budget figures a run summary carries (the headline, the budget curve, budgeted
// retention), read in one place so every report falls back the same way on runs recorded before
// the budget existed: their headline is the unbudgeted CP8 rate, and they say so.
import { wilson } from '../stats/wilson.js';
import type { Rate } from './rates.js';
import type { RunSummary } from './summary.js';

export const BUDGET_STEPS = [32, 64, 128, 256, 512, 1024] as const;

export interface BudgetPoint {
  /** null: unbudgeted (the ATANT v1.0 rule). */
  tokens: number | null;
  passed: number;
  total: number;
  rate: number;
}

export interface Headline extends Rate {
  /** How the headline is computed, in words. */
  rule: string;
  /** The grading rule's name, when the summary records it apart from the words. */
  ruleName?: string;
  /** The answer budget in tokens; null when the run graded without one. */
  budget: number | null;
}

/** The budget fields as the summary may carry them (absent on runs recorded before the budget). */
interface BudgetFields {
  budget?: { tokens: number | null };
  budgetCurve?: BudgetPoint[];
  questionsBudgeted?: Rate;
  retentionBudgeted?: Rate;
  headline?: {
    rate: number;
    passed: number;
    total: number;
    wilson95?: [number, number];
    rule?: string;
    basis?: string;
    budget?: number | null;
  };
  /** ATANT v1.0's letter: strict rule, whole answer. */
  atant?: Rate;
  complianceBudgeted?: { tier: string | null };
}

const fields = (s: RunSummary) => s as RunSummary & BudgetFields;

export function budgetTokens(s: RunSummary): number | null {
  return fields(s).budget?.tokens ?? fields(s).headline?.budget ?? null;
}

/** The budget curve, always ending with the unbudgeted point; a single point when no budget was recorded. */
export function budgetCurve(s: RunSummary): BudgetPoint[] {
  const curve = fields(s).budgetCurve;
  if (curve && curve.length > 0) return curve;
  const q = s.questions;
  return [{ tokens: null, passed: q.passed, total: q.total, rate: q.rate }];
}

export function hasBudget(s: RunSummary): boolean {
  return budgetTokens(s) !== null && fields(s).questionsBudgeted !== undefined;
}

/** CP8 within the answer budget, or the unbudgeted rate when the run has none. */
export function budgetedQuestions(s: RunSummary): Rate {
  return fields(s).questionsBudgeted ?? s.questions;
}

/** End-of-run retention within the budget when recorded, else unbudgeted; undefined outside cumulative mode. */
export function budgetedRetention(s: RunSummary): Rate | undefined {
  return fields(s).retentionBudgeted ?? s.retention;
}

/** The figure the leaderboard ranks by. */
export function headline(s: RunSummary): Headline {
  const h = fields(s).headline;
  const budget = budgetTokens(s);
  if (h) {
    return {
      passed: h.passed,
      total: h.total,
      rate: h.rate,
      wilson95: h.wilson95 ?? wilson(h.passed, h.total),
      rule: h.basis ?? h.rule ?? (budget === null ? 'CP8, unbudgeted' : `CP8 within ${budget} tokens`),
      ruleName: h.rule,
      budget: h.budget === undefined ? budget : h.budget,
    };
  }
  const q = budgetedQuestions(s);
  return {
    ...q,
    rule: hasBudget(s) ? `CP8 within ${budget} tokens` : 'CP8, unbudgeted (no answer budget recorded)',
    budget: hasBudget(s) ? budget : null,
  };
}

export const budgetLabel = (tokens: number | null) => (tokens === null ? 'unbudgeted' : String(tokens));

/** CP8 by the letter of ATANT v1.0 (strict rule, whole answer). */
export function atantRate(s: RunSummary): Rate {
  return fields(s).atant ?? s.questions;
}

/** True when the run earns an ATANT tier by the letter but none within the answer budget. */
export function tierOnlyWithoutBudget(s: RunSummary): boolean {
  const within = fields(s).complianceBudgeted;
  if (s.compliance.tier === null) return false;
  if (within) return within.tier === null;
  const h = headline(s);
  return h.budget !== null && h.rate < 0.9;
}
