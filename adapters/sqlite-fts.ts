// A lexical memory: every utterance split into sentences, stored in an SQLite FTS5 table in a file
// in the adapter's data directory (so it survives a restart), and the top-k sentences by BM25 returned.
import { z } from 'zod';
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { FtsSentenceIndex } from './retrieval/fts-sentence-index.js';
import { sentenceIndexAdapter } from './retrieval/sentence-index-adapter.js';

export { toFtsQuery } from './retrieval/fts-sentence-index.js';

const configSchema = z.object({ k: z.number().int().positive().default(5) });

const sqliteFts: AdapterDefinition = {
  name: 'sqlite-fts',
  version: '1.1.0',
  description: 'SQLite FTS5 BM25 over sentences, top-k returned (config: k, default 5; persistent)',
  persistent: true,
  configSchema,
  create: (config) => {
    const { k } = configSchema.parse(config);
    return sentenceIndexAdapter({ label: 'sqlite-fts', file: 'sqlite-fts.db', k, openIndex: async (db) => new FtsSentenceIndex(db) });
  },
};

export default sqliteFts;
