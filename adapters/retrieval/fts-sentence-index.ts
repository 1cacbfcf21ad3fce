// Sentences in an SQLite FTS5 table, searched by BM25 (the lexical baseline's index).
import type { Candidate } from '../../src/adapter/contract.js';
import type { SqliteDatabase } from '../../src/sqlite.js';
import { contentWords } from '../../src/text/words.js';
import type { SentenceIndex } from './sentence-index.js';

const SCHEMA = `
  CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(
    text, tenant UNINDEXED, seq UNINDEXED, tokenize = 'porter unicode61'
  );`;

/** FTS5 MATCH syntax is a language of its own: quote every term so no user text is read as an operator. */
export function toFtsQuery(question: string): string | undefined {
  const terms = contentWords(question).map((t) => `"${t.replace(/"/g, '""')}"`);
  return terms.length > 0 ? terms.join(' OR ') : undefined;
}

export class FtsSentenceIndex implements SentenceIndex {
  private seq: number;

  constructor(private readonly db: SqliteDatabase) {
    db.exec(SCHEMA);
    this.seq = (db.prepare('SELECT COALESCE(MAX(CAST(seq AS INTEGER)), 0) AS n FROM sentences').get() as { n: number }).n;
  }

  async add(tenant: string, sentences: string[]): Promise<void> {
    const insert = this.db.prepare('INSERT INTO sentences (text, tenant, seq) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const sentence of sentences) insert.run(sentence, tenant, ++this.seq);
    })();
  }

  /** Scores are BM25 negated, so that higher is better as everywhere else. */
  async search(tenant: string, question: string, limit: number): Promise<Candidate[]> {
    const match = toFtsQuery(question);
    if (!match) return [];
    const rows = this.db
      .prepare('SELECT text, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? AND tenant = ? ORDER BY score LIMIT ?')
      .all(match, tenant, limit) as Array<{ text: string; score: number }>;
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
  }
}
