// A Mastra Memory kept in two LibSQL files under one directory (messages and threads in one, the
// semantic-recall vectors in the other), embedding with the shared local embedder. Configured as
// Mastra documents its defaults (the last 10 messages, and semantic recall of the top 2 matches with
// 2 messages either side), except generated thread titles, the one feature that would call a
// language model. Working memory is off, as by default.
import type { MastraRecall } from './recall.js';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LibSQLStore, LibSQLVector } from '@mastra/libsql';
import { Memory } from '@mastra/memory';
import type { Embedder } from '../embeddings/local-embedder.js';
import { localEmbeddingModel } from './local-embedding-model.js';

export interface MastraMemoryParts {
  memory: Memory;
  vector: LibSQLVector;
}

export async function openMastraMemory(dir: string, embedder: Embedder, recall: MastraRecall): Promise<MastraMemoryParts> {
  await mkdir(dir, { recursive: true });
  const fileUrl = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const storage = new LibSQLStore({ url: fileUrl('storage.db') });
  const vector = new LibSQLVector({ connectionUrl: fileUrl('vector.db') });
  const memory = new Memory({
    storage,
    vector,
    embedder: localEmbeddingModel(embedder),
    options: {
      lastMessages: recall.lastMessages === 0 ? false : recall.lastMessages,
      // One thread per tenant, searched by resource so the tenant (the resource) is the boundary.
      semanticRecall: { topK: recall.topK, messageRange: recall.messageRange, scope: 'resource' },
      workingMemory: { enabled: false },
      threads: { generateTitle: false },
    },
  });
  return { memory, vector };
}
