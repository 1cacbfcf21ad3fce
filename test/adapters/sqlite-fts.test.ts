// The lexical baseline's bounded query plan: only the question's rarest words are scored once the
// store holds many sentences with its common words.
import { describe, expect, it } from 'vitest';
import { FtsSentenceIndex, rarestWithin } from '../../adapters/retrieval/fts-sentence-index.js';
import { openDatabase } from '../../src/sqlite.js';

describe('sqlite-fts query plan', () => {
  it('keeps words rarest first while their sentences fit the budget, always the rarest', () => {
    const words = [
      { word: 'name', df: 900 },
      { word: 'novak', df: 3 },
      { word: 'manager', df: 50 },
      { word: 'hiring', df: 50 },
    ];
    expect(rarestWithin(words, 200)).toEqual(['novak', 'manager', 'hiring']);
    expect(rarestWithin(words, 10_000)).toEqual(['novak', 'manager', 'hiring', 'name']);
    expect(rarestWithin([{ word: 'name', df: 900 }], 10)).toEqual(['name']);
    expect(rarestWithin([], 10)).toEqual([]);
  });

  it('finds the sentence a rare word points to among many sharing the common words, and matches stems', async () => {
    const index = new FtsSentenceIndex(openDatabase(':memory:'), 20);
    await index.add(
      '',
      Array.from({ length: 200 }, (_, i) => `My manager booked meeting number ${i} for the team.`),
    );
    await index.add('', ['My manager Ottoline Brandt moved the meetings to Friday.']);
    await index.add('other', ['Ottoline is a name in another tenant.']);
    const hits = await index.search('', 'Who is my manager Ottoline?', 3);
    expect(hits[0]?.text).toBe('My manager Ottoline Brandt moved the meetings to Friday.');
    expect(hits).toHaveLength(1);
    // "meeting" is too common to score here; "moving" reaches "moved" through the porter stemmer.
    expect((await index.search('', 'the meeting moving', 5)).map((h) => h.text)).toEqual([
      'My manager Ottoline Brandt moved the meetings to Friday.',
    ]);
    expect(await index.search('', 'nothing like this', 5)).toEqual([]);
    expect(await index.search('', 'the of and', 5)).toEqual([]);
  });
});
