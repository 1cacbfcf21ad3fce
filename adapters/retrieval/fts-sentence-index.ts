// Sentences in an SQLite FTS5 table, searched by BM25 (the lexical baseline's index).
//
// Query plan: an OR over every content word of a question makes SQLite compute BM25 for every
// sentence that holds any of them, so a query's cost grows with the store (a word like a shared
// first name occurs in a share of everything ever stored). So the index first counts, per word, the
// sentences that match it (cheap: FTS5 walks the word's posting list without scoring, and stops
// past the budget), then scores only the question's rarest words, adding words in order of rarity
// while the sentences they match stay within MAX_POSTINGS (the rarest matching word is always
// asked; words that match nothing are left out, which changes no score). The words left out are the
// ones BM25 weighs least (lowest IDF), so the ranking barely moves, while a query's work is bounded
// by the budget instead of by the size of the store. Counting goes through FTS5 itself, so a word
// is counted as the porter stemmer sees it ("move" also counts "moving").
import type { Candidate } from '../../src/adapter/contract.js';
import type { SqliteDatabase } from '../../src/sqlite.js';
import { contentWords } from '../../src/text/words.js';
import type { SentenceIndex } from './sentence-index.js';

const SCHEMA = `
  CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(
    text, tenant UNINDEXED, seq UNINDEXED, tokenize = 'porter unicode61'
  );`;

/** Sentences a query may have to score: bounds a query's work to a few milliseconds at any store size. */
export const MAX_POSTINGS = 2000;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** FTS5 MATCH syntax is a language of its own: quote every term so no user text is read as an operator. */
export function toFtsQuery(question: string): string | undefined {
  return orQuery(contentWords(question));
}

function orQuery(terms: string[]): string | undefined {
  return terms.length > 0 ? terms.map(quote).join(' OR ') : undefined;
}

/**
 * The words to ask for: rarest first (by how many stored sentences hold them), while their
 * sentences fit in `budget`; the rarest is always kept. Ties keep the question's word order.
 */
export function rarestWithin(words: Array<{ word: string; df: number }>, budget: number): string[] {
  const byRarity = words.map((w, i) => ({ ...w, i })).sort((a, b) => a.df - b.df || a.i - b.i);
  const chosen: string[] = [];
  let postings = 0;
  for (const { word, df } of byRarity) {
    if (chosen.length > 0 && postings + df > budget) break;
    chosen.push(word);
    postings += df;
  }
  return chosen;
}

export class FtsSentenceIndex implements SentenceIndex {
  private seq: number;
  /** The tenants that have sentences. */
  private readonly tenants: Set<string>;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly maxPostings = MAX_POSTINGS,
  ) {
    db.exec(SCHEMA);
    this.seq = (db.prepare('SELECT COALESCE(MAX(CAST(seq AS INTEGER)), 0) AS n FROM sentences').get() as { n: number }).n;
    this.tenants = new Set(db.prepare('SELECT DISTINCT tenant FROM sentences').pluck().all() as string[]);
  }

  async add(tenant: string, sentences: string[]): Promise<void> {
    const insert = this.db.prepare('INSERT INTO sentences (text, tenant, seq) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const sentence of sentences) insert.run(sentence, tenant, ++this.seq);
    })();
    if (sentences.length > 0) this.tenants.add(tenant);
  }

  /** Scores are BM25 negated, so that higher is better as everywhere else. */
  async search(tenant: string, question: string, limit: number): Promise<Candidate[]> {
    if (!this.tenants.has(tenant)) return [];
    // Counted over every tenant: the sentences FTS5 has to walk, whoever they belong to.
    const count = this.db.prepare('SELECT count(*) FROM (SELECT rowid FROM sentences WHERE sentences MATCH ? LIMIT ?)').pluck();
    const words = contentWords(question)
      .map((word) => ({ word, df: count.get(quote(word), this.maxPostings + 1) as number }))
      .filter((w) => w.df > 0);
    const match = orQuery(rarestWithin(words, this.maxPostings));
    if (!match) return [];
    // One tenant in the store (scope none): no need to read each match's tenant, and the text is
    // read for the top rows only.
    const rows =
      this.tenants.size === 1
        ? (this.db
            .prepare(
              `SELECT s.text, m.score FROM (SELECT rowid, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? ORDER BY score, rowid LIMIT ?) m
               JOIN sentences s ON s.rowid = m.rowid ORDER BY m.score, m.rowid`,
            )
            .all(match, limit) as Array<{ text: string; score: number }>)
        : (this.db
            .prepare(
              'SELECT text, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? AND tenant = ? ORDER BY score, rowid LIMIT ?',
            )
            .all(match, tenant, limit) as Array<{ text: string; score: number }>);
    return rows.map((r) => ({ text: r.text, score: -r.score }));
  }

  list(tenant: string): string[] {
    return (
      this.db.prepare('SELECT text FROM sentences WHERE tenant = ? ORDER BY CAST(seq AS INTEGER)').all(tenant) as Array<{ text: string }>
    ).map((r) => r.text);
  }

  clear(): void {
    this.db.exec('DELETE FROM sentences');
    this.seq = 0;
    this.tenants.clear();
  }
}
