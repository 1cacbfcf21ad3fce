import { describe, expect, it } from 'vitest';
import { keywordsFromAnswer } from '../../src/importers/answer-keywords.js';
import { parseLocomoDateTime } from '../../src/importers/locomo-clock.js';

describe('keywordsFromAnswer', () => {
  it('keeps short answers, numbers and dates verbatim', () => {
    expect(keywordsFromAnswer('7 May 2023')).toEqual(['7 May 2023']);
    expect(keywordsFromAnswer(2022)).toEqual(['2022']);
    expect(keywordsFromAnswer('29 January, 2023')).toEqual(['29 January, 2023']);
    expect(keywordsFromAnswer('around April 2, 2023')).toEqual(['around April 2, 2023']);
    expect(keywordsFromAnswer('1,000 miles')).toEqual(['1,000 miles']);
    expect(keywordsFromAnswer('Seattle')).toEqual(['Seattle']);
  });

  it('splits lists at commas, semicolons, "and" and "&"', () => {
    expect(keywordsFromAnswer('chicken pot pie, chicken roast, blueberry muffins, sushi')).toEqual([
      'chicken pot pie',
      'chicken roast',
      'blueberry muffins',
      'sushi',
    ]);
    expect(keywordsFromAnswer('Python and C++')).toEqual(['Python', 'C++']);
    expect(keywordsFromAnswer('film contest, film festival.')).toEqual(['film contest', 'film festival']);
    expect(keywordsFromAnswer('hiking, camping, and kayaking')).toEqual(['hiking', 'camping', 'kayaking']);
    expect(keywordsFromAnswer('salt & pepper')).toEqual(['salt', 'pepper']);
  });

  it('normalises quotes, whitespace, articles and final punctuation, and drops duplicates', () => {
    expect(keywordsFromAnswer('"Eternal Sunshineof the Spotless Mind"')).toEqual(['Eternal Sunshineof the Spotless Mind']);
    expect(keywordsFromAnswer('  a gold  necklace with a diamond pendant. ')).toEqual(['gold necklace with a diamond pendant']);
    expect(keywordsFromAnswer('Paris, paris, PARIS')).toEqual(['Paris']);
  });

  it('keeps only the answer before ";" for category 3, as LOCOMO\'s scorer does', () => {
    expect(keywordsFromAnswer('Likely no; since this one went badly', { category: 3 })).toEqual(['Likely no']);
    expect(keywordsFromAnswer('Likely no; since this one went badly', { category: 1 })).toEqual(['Likely no', 'since this one went badly']);
  });
});

describe('parseLocomoDateTime', () => {
  it('reads LOCOMO session stamps into the ISO clock form', () => {
    expect(parseLocomoDateTime('1:56 pm on 8 May, 2023')).toBe('2023-05-08 13:56');
    expect(parseLocomoDateTime('12:09 am on 13 September, 2023')).toBe('2023-09-13 00:09');
    expect(parseLocomoDateTime('12:48 pm on 1 February, 2023')).toBe('2023-02-01 12:48');
    expect(parseLocomoDateTime('10:37 am on 27 June, 2023')).toBe('2023-06-27 10:37');
  });

  it('rejects what it cannot read exactly', () => {
    expect(parseLocomoDateTime('yesterday')).toBeUndefined();
    expect(parseLocomoDateTime('13:00 pm on 8 May, 2023')).toBeUndefined();
    expect(parseLocomoDateTime('1:00 pm on 31 June, 2023')).toBeUndefined();
    expect(parseLocomoDateTime('1:00 pm on 8 Mayo, 2023')).toBeUndefined();
  });
});
