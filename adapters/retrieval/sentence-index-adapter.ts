// A memory adapter over a SentenceIndex: every utterance split into sentences and stored, the top-k
// sentences returned for a question. The index lives in one SQLite file in the data directory, so
// the same directory opened again holds the same state.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { MemoryAdapter, Scope } from '../../src/adapter/contract.js';
import { openDatabase, type SqliteDatabase } from '../../src/sqlite.js';
import { splitSentences } from '../text/sentences.js';
import type { SentenceIndex } from './sentence-index.js';

export interface SentenceIndexAdapterOptions {
  /** Names the adapter in error messages. */
  label: string;
  /** The database file's name inside the data directory. */
  file: string;
  k: number;
  openIndex(db: SqliteDatabase): Promise<SentenceIndex>;
}

const tenantOf = (scope: Scope) => scope.tenant ?? '';

export function sentenceIndexAdapter(options: SentenceIndexAdapterOptions): MemoryAdapter {
  let db: SqliteDatabase | undefined;
  let index: SentenceIndex | undefined;
  const opened = () => {
    if (!index) throw new Error(`${options.label}: open() was not called`);
    return index;
  };
  return {
    open: async (ctx) => {
      mkdirSync(ctx.dataDir, { recursive: true });
      db = openDatabase(path.join(ctx.dataDir, options.file));
      index = await options.openIndex(db);
    },
    close: async () => {
      db?.close();
      db = undefined;
      index = undefined;
    },
    reset: async () => {
      opened().clear();
    },
    ingest: async (turn, scope) => {
      const sentences = splitSentences(turn.text);
      await opened().add(tenantOf(scope), sentences);
      return { facts: sentences.map((text) => ({ text })) };
    },
    query: async (question, scope) => {
      const candidates = await opened().search(tenantOf(scope), question, options.k);
      return { text: candidates.map((c) => c.text).join('\n'), candidates };
    },
    dump: async (scope) => opened().list(tenantOf(scope)).join('\n'),
  };
}
