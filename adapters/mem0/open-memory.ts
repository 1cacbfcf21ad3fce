// A mem0 OSS Memory wired to run offline with every file under one directory: the local embedder
// (through mem0's "langchain" embedder provider), mem0's own SQLite vector store ("memory"
// provider) in a file here, no history database, and an LLM that refuses to be called.
import './telemetry-off.js';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Memory } from 'mem0ai/oss';
import type { Embedder } from '../embeddings/local-embedder.js';
import { langchainShaped } from './local-embeddings.js';
import { refusingLlm } from './refusing-llm.js';

export async function openMem0Memory(dir: string, embedder: Embedder): Promise<Memory> {
  const home = path.join(dir, 'home');
  await mkdir(home, { recursive: true });
  // mem0 writes a config.json with an anonymous user id to $MEM0_DIR (default ~/.mem0) when it
  // initializes, telemetry or not. Point it here for as long as initialization runs.
  const previousHome = process.env.MEM0_DIR;
  process.env.MEM0_DIR = home;
  try {
    const memory = new Memory({
      embedder: { provider: 'langchain', config: { model: langchainShaped(embedder), embeddingDims: embedder.dimensions } },
      // The entity store mem0 opens on search sits beside it, as vector_store_entities.db.
      vectorStore: {
        provider: 'memory',
        config: { collectionName: 'memories', dimension: embedder.dimensions, dbPath: path.join(dir, 'vector_store.db') },
      },
      llm: { provider: 'langchain', config: { model: refusingLlm } },
      // The history log is an audit trail no read path uses; left on, it defaults to ./memory.db.
      disableHistory: true,
    });
    // Initialization runs in the background from the constructor; any public call waits for it.
    await memory.getAll({ filters: { user_id: 'threadline-init' }, topK: 1 });
    return memory;
  } finally {
    if (previousHome === undefined) delete process.env.MEM0_DIR;
    else process.env.MEM0_DIR = previousHome;
  }
}
