import { describe, expect, it } from 'vitest';
import { containsWithNumberBoundaries, GRADING_RULES } from '../../src/grading/rules.js';

const rule = GRADING_RULES['number-aware'];

describe('number-aware rule', () => {
  it('does not find a number inside a larger one ("38" in "$138k", "10" in "100", "150" in "1,150")', () => {
    expect(rule.grade('the fellowship is worth $138k', ['38']).passed).toBe(false);
    expect(rule.grade('it took 100 days', ['10']).passed).toBe(false);
    expect(rule.grade('rent is €1,150 a month', ['150']).passed).toBe(false);
    expect(rule.grade('a 2.5 mile loop', ['5 mile']).passed).toBe(false);
  });

  it('finds a number on its boundaries, whatever the unit or grouping after it ("320" in "$320,000")', () => {
    expect(rule.grade('offer of $320,000 total', ['320']).passed).toBe(true);
    expect(rule.grade('worth $38k', ['38']).passed).toBe(true);
    expect(rule.grade('Took 10 days.', ['10']).passed).toBe(true);
    expect(rule.grade('€1,150 a month', ['1,150']).passed).toBe(true);
  });

  it('is strict for keywords that neither start nor end with a digit', () => {
    expect(rule.grade('Lake\nTahoe in June', ['lake tahoe', 'june']).passed).toBe(true);
    expect(rule.grade('Room 101b', ['room 1']).passed).toBe(false);
    expect(rule.grade('version v2x', ['v2x']).passed).toBe(true);
  });

  it('a comma or period before a number is a grouping only after a digit', () => {
    expect(rule.grade('rooms: a,10 and b', ['10']).passed).toBe(true);
    expect(rule.grade('item 3 10 left', ['10']).passed).toBe(true);
    expect(rule.grade('version .5 beta', ['5 beta']).passed).toBe(true);
    expect(rule.grade('42', ['42']).passed).toBe(true);
  });

  it('never passes with no keywords, and an empty keyword is found anywhere', () => {
    expect(rule.grade('anything', []).passed).toBe(false);
    expect(containsWithNumberBoundaries('', '')).toBe(true);
  });

  it('passes when any occurrence stands on boundaries, and lists what is missing', () => {
    expect(containsWithNumberBoundaries('100 or 10', '10')).toBe(true);
    expect(rule.grade('1,320 and 138', ['320', '38'])).toEqual({ passed: false, missing: ['320', '38'] });
  });

  it('never passes more than strict does', () => {
    const answers = ['$138k', '320,000', 'x10', '10x', '1.5', 'plot 17'];
    for (const a of answers)
      for (const k of ['38', '320', '10', '5', '17']) {
        if (rule.grade(a, [k]).passed) expect(GRADING_RULES.strict.grade(a, [k]).passed).toBe(true);
      }
  });
});
