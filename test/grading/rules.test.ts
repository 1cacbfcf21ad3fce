import { describe, expect, it } from 'vitest';
import { GRADING_RULES, gradingRule } from '../../src/grading/rules.js';

const strict = GRADING_RULES.strict;

describe('strict (ATANT v1.0)', () => {
  it('passes only when every keyword occurs, case-insensitively, in any order', () => {
    expect(strict.grade('The hiring manager was david chen at GOOGLE', ['Google', 'David Chen']).passed).toBe(true);
    expect(strict.grade('It was Google', ['Google', 'David Chen'])).toEqual({ passed: false, missing: ['David Chen'] });
  });

  it('matches substrings, as the standard does ("180" inside "$180k")', () => {
    expect(strict.grade('range $180k-$220k', ['180', '220']).passed).toBe(true);
  });

  it("collapses whitespace runs on both sides, so a block scalar's line break still matches", () => {
    expect(strict.grade('we went to Lake\nTahoe', ['Lake Tahoe']).passed).toBe(true);
    expect(strict.grade('we went to Lake Tahoe', ['Lake  \n Tahoe']).passed).toBe(true);
  });

  it('never passes an empty keyword list', () => {
    expect(strict.grade('anything', []).passed).toBe(false);
  });
});

describe('other rules', () => {
  it('any-keyword passes on one match', () => {
    expect(GRADING_RULES['any-keyword'].grade('Google', ['Google', 'David Chen']).passed).toBe(true);
  });

  it('normalized ignores digit grouping, accents and punctuation', () => {
    const rule = GRADING_RULES.normalized;
    expect(rule.grade('salary 195,000 dollars', ['195000']).passed).toBe(true);
    expect(rule.grade('we met at the Café Noël', ['cafe noel']).passed).toBe(true);
    expect(strict.grade('salary 195,000 dollars', ['195000']).passed).toBe(false);
  });

  it('an unknown rule fails fast with the known names', () => {
    expect(() => gradingRule('fuzzy')).toThrow(/unknown grading rule "fuzzy"; known: number-aware, strict, any-keyword, normalized/);
  });
});
