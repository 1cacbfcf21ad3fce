// Lexical and semantic retrieval fused: the sqlite-fts baseline's BM25 ranking and the vector
// baseline's cosine ranking over the same sentences, combined by reciprocal-rank fusion
// (score = Σ 1 / (60 + rank), K = 60 as in Cormack et al. 2009), top-k returned. Both indexes share
// one SQLite file in the data directory, so the state survives a restart.
import { z } from 'zod';
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { loadEmbedder } from './embeddings/load-embedder.js';
import { FtsSentenceIndex } from './retrieval/fts-sentence-index.js';
import { HybridSentenceIndex } from './retrieval/hybrid-sentence-index.js';
import { RRF_K } from './retrieval/reciprocal-rank-fusion.js';
import { sentenceIndexAdapter } from './retrieval/sentence-index-adapter.js';

const configSchema = z.object({
  k: z.number().int().positive().default(5),
  /** How many sentences each ranking contributes to the fusion. */
  depth: z.number().int().positive().default(50),
  rrfK: z.number().positive().default(RRF_K),
});

const hybrid: AdapterDefinition = {
  name: 'hybrid',
  version: '1.1.0',
  description:
    'BM25 (SQLite FTS5) and local sentence embeddings (USE-Lite, HNSW) fused by reciprocal rank, K = 60, top-k returned (config: k, default 5; depth, default 50; rrfK; persistent)',
  persistent: true,
  configSchema,
  create: (config) => {
    const { k, depth, rrfK } = configSchema.parse(config);
    return sentenceIndexAdapter({
      label: 'hybrid',
      file: 'hybrid.db',
      k,
      openIndex: async (db) =>
        new HybridSentenceIndex(
          new FtsSentenceIndex(db),
          await (await import('./retrieval/vector-sentence-index.js')).VectorSentenceIndex.open(db, await loadEmbedder()),
          { depth, rrfK },
        ),
    });
  },
};

export default hybrid;
