// A semantic memory: every utterance split into sentences, each embedded by the shared local
// sentence encoder (Universal Sentence Encoder Lite, 512 dimensions, no network) and indexed per
// tenant in an HNSW graph searched exhaustively; the top-k sentences by cosine similarity are
// returned. Sentences and their vectors live in an SQLite file in the data directory and the graph
// is rebuilt from it on open, so the state survives a restart.
import { z } from 'zod';
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { loadEmbedder } from './embeddings/load-embedder.js';
import { sentenceIndexAdapter } from './retrieval/sentence-index-adapter.js';

const configSchema = z.object({ k: z.number().int().positive().default(5) });

const vector: AdapterDefinition = {
  name: 'vector',
  version: '1.0.0',
  description:
    'local sentence embeddings (USE-Lite) in a per-tenant HNSW index, top-k by cosine similarity (config: k, default 5; persistent)',
  persistent: true,
  configSchema,
  create: (config) => {
    const { k } = configSchema.parse(config);
    return sentenceIndexAdapter({
      label: 'vector',
      file: 'vector.db',
      k,
      openIndex: async (db) => (await import('./retrieval/vector-sentence-index.js')).VectorSentenceIndex.open(db, await loadEmbedder()),
    });
  },
};

export default vector;
