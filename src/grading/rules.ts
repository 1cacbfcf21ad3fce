// CP8 grading rules. `strict` is the ATANT v1.0 rule and the default; every result names its rule.
import { ThreadlineError } from '../errors.js';
import { foldTokens, foldWhitespaceAndCase } from './normalize-text.js';

export interface GradeResult {
  passed: boolean;
  /** Expected keywords that were not found in the answer. */
  missing: string[];
}

export interface GradingRule {
  name: string;
  description: string;
  grade(answer: string, expected: readonly string[]): GradeResult;
}

function containsRule(name: string, description: string, fold: (s: string) => string, need: 'all' | 'any'): GradingRule {
  return {
    name,
    description,
    grade(answer, expected) {
      const haystack = fold(answer);
      const missing = expected.filter((k) => !haystack.includes(fold(k)));
      const passed = need === 'all' ? missing.length === 0 : missing.length < expected.length;
      return { passed: expected.length > 0 && passed, missing };
    },
  };
}

export const GRADING_RULES = {
  strict: containsRule(
    'strict',
    'ATANT v1.0: every expected keyword occurs in the answer (case-insensitive substring, whitespace runs collapsed)',
    foldWhitespaceAndCase,
    'all',
  ),
  'any-keyword': containsRule('any-keyword', 'at least one expected keyword occurs in the answer (lenient; not ATANT-compliant)', foldWhitespaceAndCase, 'any'),
  normalized: containsRule(
    'normalized',
    'every expected keyword occurs after token normalisation (accents, punctuation and digit grouping ignored; not ATANT-compliant)',
    foldTokens,
    'all',
  ),
} satisfies Record<string, GradingRule>;

export type GradingRuleName = keyof typeof GRADING_RULES;

export function gradingRule(name: string): GradingRule {
  const rule = Object.hasOwn(GRADING_RULES, name) ? (GRADING_RULES as Record<string, GradingRule>)[name] : undefined;
  if (!rule) {
    throw new ThreadlineError('UNKNOWN_GRADING_RULE', `unknown grading rule "${name}"; known: ${Object.keys(GRADING_RULES).join(', ')}`);
  }
  return rule;
}
