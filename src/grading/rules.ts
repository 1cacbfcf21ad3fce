// CP8 grading rules. `strict` is the ATANT v1.0 rule (always reported); `number-aware` is
// Threadline's headline rule and the default; every result names its rule.
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

const digit = /\p{Nd}/u;

/**
 * True when `needle` occurs in `haystack` (both folded) with number boundaries: a needle that
 * starts with a digit must not follow a digit, nor a digit and `,`/`.` ("38" is not in "$138k",
 * "150" not in "1,150"); one that ends with a digit must not be followed by a digit ("10" is not in
 * "100"). "320" is in "$320,000": what follows is a comma, not a digit.
 */
export function containsWithNumberBoundaries(haystack: string, needle: string): boolean {
  if (needle === '') return true;
  const checkStart = digit.test(needle[0]);
  const checkEnd = digit.test(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? '';
    const beforeThat = haystack[at - 2] ?? '';
    const after = haystack[at + needle.length] ?? '';
    const badStart = checkStart && (digit.test(before) || ((before === ',' || before === '.') && digit.test(beforeThat)));
    const badEnd = checkEnd && digit.test(after);
    if (!badStart && !badEnd) return true;
  }
  return false;
}

function numberAwareRule(): GradingRule {
  return {
    name: 'number-aware',
    description:
      'Threadline headline rule: strict, but a keyword that starts or ends with a digit must stand on number boundaries ("38" is not found in "$138k", "10" not in "100"; "320" is in "$320,000")',
    grade(answer, expected) {
      const haystack = foldWhitespaceAndCase(answer);
      const missing = expected.filter((k) => !containsWithNumberBoundaries(haystack, foldWhitespaceAndCase(k)));
      return { passed: expected.length > 0 && missing.length === 0, missing };
    },
  };
}

export const DEFAULT_GRADING_RULE = 'number-aware';

export const GRADING_RULES = {
  'number-aware': numberAwareRule(),
  strict: containsRule(
    'strict',
    'ATANT v1.0: every expected keyword occurs in the answer (case-insensitive substring, whitespace runs collapsed)',
    foldWhitespaceAndCase,
    'all',
  ),
  'any-keyword': containsRule(
    'any-keyword',
    'at least one expected keyword occurs in the answer (lenient; not ATANT-compliant)',
    foldWhitespaceAndCase,
    'any',
  ),
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
