// A lexical memory: every utterance split into sentences, stored in an SQLite FTS5 table in a file
// in the adapter's data directory (so it survives a restart), and the top-k sentences by BM25 returned.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AdapterDefinition, Scope } from '../src/adapter/contract.js';
import { openDatabase, type SqliteDatabase } from '../src/sqlite.js';
import { contentWords } from '../src/text/words.js';
import { splitSentences } from './text/sentences.js';

const configSchema = z.object({ k: z.number().int().positive().default(5) });

const SCHEMA = `
  CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(
    text, tenant UNINDEXED, seq UNINDEXED, tokenize = 'porter unicode61'
  );`;

/** FTS5 MATCH syntax is a language of its own: quote every term so no user text is read as an operator. */
export function toFtsQuery(question: string): string | undefined {
  const terms = contentWords(question).map((t) => `"${t.replace(/"/g, '""')}"`);
  return terms.length > 0 ? terms.join(' OR ') : undefined;
}

const sqliteFts: AdapterDefinition = {
  name: 'sqlite-fts',
  version: '1.0.0',
  description: 'SQLite FTS5 BM25 over sentences, top-k returned (config: k, default 5; persistent)',
  persistent: true,
  create: (config) => {
    const { k } = configSchema.parse(config);
    let db: SqliteDatabase | undefined;
    let seq = 0;
    const database = () => {
      if (!db) throw new Error('sqlite-fts: open() was not called');
      return db;
    };
    const tenantOf = (scope: Scope) => scope.tenant ?? '';
    return {
      open: async (ctx) => {
        mkdirSync(ctx.dataDir, { recursive: true });
        db = openDatabase(path.join(ctx.dataDir, 'sqlite-fts.db'));
        db.exec(SCHEMA);
        seq = (db.prepare('SELECT COALESCE(MAX(CAST(seq AS INTEGER)), 0) AS n FROM sentences').get() as { n: number }).n;
      },
      close: async () => {
        db?.close();
        db = undefined;
      },
      reset: async () => {
        database().exec('DELETE FROM sentences');
        seq = 0;
      },
      ingest: async (turn, scope) => {
        const insert = database().prepare('INSERT INTO sentences (text, tenant, seq) VALUES (?, ?, ?)');
        const sentences = splitSentences(turn.text);
        database().transaction(() => {
          for (const sentence of sentences) insert.run(sentence, tenantOf(scope), ++seq);
        })();
        return { facts: sentences.map((text) => ({ text })) };
      },
      query: async (question, scope) => {
        const match = toFtsQuery(question);
        if (!match) return { text: '', candidates: [] };
        const rows = database()
          .prepare('SELECT text, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? AND tenant = ? ORDER BY score LIMIT ?')
          .all(match, tenantOf(scope), k) as Array<{ text: string; score: number }>;
        return { text: rows.map((r) => r.text).join('\n'), candidates: rows.map((r) => ({ text: r.text, score: -r.score })) };
      },
      dump: async (scope) =>
        (database().prepare('SELECT text FROM sentences WHERE tenant = ? ORDER BY CAST(seq AS INTEGER)').all(tenantOf(scope)) as Array<{ text: string }>)
          .map((r) => r.text)
          .join('\n'),
    };
  },
};

export default sqliteFts;
