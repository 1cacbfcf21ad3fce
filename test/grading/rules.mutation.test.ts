// The grading rules and their text folding, case by case with hand-checked answers.
import { describe, expect, it } from 'vitest';
import { foldTokens, foldWhitespaceAndCase } from '../../src/grading/normalize-text.js';
import { GRADING_RULES, gradingRule } from '../../src/grading/rules.js';

describe('foldWhitespaceAndCase', () => {
  it('lower-cases, collapses every whitespace run to one space and trims', () => {
    expect(foldWhitespaceAndCase('  Lake\n\t Tahoe  ')).toBe('lake tahoe');
    expect(foldWhitespaceAndCase('A  B')).toBe('a b');
  });
});

describe('foldTokens', () => {
  it('drops accents', () => {
    expect(foldTokens('Café Noël')).toBe('cafe noel');
  });

  it('joins digit groups split by a comma, a narrow or a non-breaking space', () => {
    expect(foldTokens('180,000')).toBe('180000');
    expect(foldTokens('1\u202f250\u00a0000')).toBe('1250000');
    expect(foldTokens('$195,500.50')).toBe('195500.50');
  });

  it('leaves commas that are not digit grouping as separators', () => {
    expect(foldTokens('1,50')).toBe('1 50');
    expect(foldTokens('1,5000')).toBe('1 5000');
    expect(foldTokens('red,green')).toBe('red green');
  });

  it('keeps a period only between digits', () => {
    expect(foldTokens('3.5 km.')).toBe('3.5 km');
    expect(foldTokens('.5 and 5. and a.b')).toBe('5 and 5 and a b');
  });

  it('drops other punctuation and folds case and whitespace', () => {
    expect(foldTokens('  "Hello"—World!  ')).toBe('hello world');
    expect(foldTokens("O'Brien's 2nd")).toBe('o brien s 2nd');
  });
});

describe('rules', () => {
  it('each rule is registered under its own name, with a description', () => {
    for (const [key, rule] of Object.entries(GRADING_RULES)) {
      expect(rule.name).toBe(key);
      expect(gradingRule(key)).toBe(rule);
    }
    expect(GRADING_RULES.strict.description).toMatch(/^ATANT v1\.0: every expected keyword occurs in the answer/);
    expect(GRADING_RULES['any-keyword'].description).toMatch(/at least one expected keyword.*not ATANT-compliant/);
    expect(GRADING_RULES.normalized.description).toMatch(/every expected keyword occurs after token normalisation.*not ATANT-compliant/);
  });

  it('strict lists every missing keyword, in order', () => {
    expect(GRADING_RULES.strict.grade('Google', ['David Chen', 'Google', 'Austin'])).toEqual({
      passed: false,
      missing: ['David Chen', 'Austin'],
    });
    expect(GRADING_RULES.strict.grade('David Chen at Google in Austin', ['David Chen', 'Google', 'Austin'])).toEqual({
      passed: true,
      missing: [],
    });
  });

  it('any-keyword fails when no keyword occurs, and never passes an empty list', () => {
    const rule = GRADING_RULES['any-keyword'];
    expect(rule.grade('Microsoft', ['Google', 'David Chen'])).toEqual({ passed: false, missing: ['Google', 'David Chen'] });
    expect(rule.grade('david chen', ['Google', 'David Chen'])).toEqual({ passed: true, missing: ['Google'] });
    expect(rule.grade('anything', [])).toEqual({ passed: false, missing: [] });
  });

  it('normalized needs every keyword, folded on both sides', () => {
    const rule = GRADING_RULES.normalized;
    expect(rule.grade('salary 195,000; start in Zürich', ['195000', 'Zurich'])).toEqual({ passed: true, missing: [] });
    expect(rule.grade('salary 195,000', ['195000', 'Zurich'])).toEqual({ passed: false, missing: ['Zurich'] });
    expect(rule.grade('anything', [])).toEqual({ passed: false, missing: [] });
  });

  it('an unknown rule is a coded error', () => {
    expect(() => gradingRule('fuzzy')).toThrow(expect.objectContaining({ code: 'UNKNOWN_GRADING_RULE' }));
    expect(() => gradingRule('toString')).toThrow(/unknown grading rule "toString"/);
  });
});
