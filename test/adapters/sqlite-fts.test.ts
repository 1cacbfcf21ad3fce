// The lexical baseline's bounded query plan: only the question's rarest words are scored once the
// store holds many sentences with its common words.
import { describe, expect, it } from 'vitest';
import { FtsSentenceIndex, rarestWithin } from '../../adapters/retrieval/fts-sentence-index.js';
import { openDatabase } from '../../src/sqlite.js';

/** BM25 sums its terms in query order, so the last bits depend on it. */
const round = (score: number) => Math.round(score * 1e9) / 1e9;

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

  it('ranks with one tenant in the store as the tenant-filtered query does', async () => {
    const db = openDatabase(':memory:');
    const alone = new FtsSentenceIndex(db);
    await alone.add('a', [
      'Kestrel Auto quoted 400 dollars for the brakes.',
      'The brakes squeal.',
      'Kestrel is a bird.',
      'Dinner was at 8.',
    ]);
    const filtered = (match: string) =>
      db
        .prepare(
          "SELECT text, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? AND tenant = 'a' ORDER BY score, rowid LIMIT 3",
        )
        .all(match)
        .map((r) => ({ text: (r as { text: string }).text, score: round(-(r as { score: number }).score) }));
    const search = async (tenant: string, question: string) =>
      (await alone.search(tenant, question, 3)).map((c) => ({ text: c.text, score: round(c.score ?? 0) }));
    expect(await search('a', 'What did Kestrel Auto quote for the brakes?')).toEqual(
      filtered('"kestrel" OR "auto" OR "quote" OR "brakes"'),
    );
    expect(await search('a', 'brakes')).toEqual(filtered('"brakes"'));
    expect(await alone.search('b', 'brakes', 3)).toEqual([]);
    alone.clear();
    expect(await alone.search('a', 'brakes', 3)).toEqual([]);
  });
});
