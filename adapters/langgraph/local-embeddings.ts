// LangChain's Embeddings interface over the project's shared local embedder, so the LangGraph store
// embeds on this machine and never calls a remote embedding API.
import { Embeddings } from '@langchain/core/embeddings';
import type { Embedder } from '../embeddings/local-embedder.js';

export class LocalEmbeddings extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    // Local inference has nothing transient to retry.
    super({ maxRetries: 0 });
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const vectors = await this.embedder.embed(documents);
    return vectors.map((vector) => Array.from(vector));
  }

  async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([document]);
    if (!vector) throw new Error('langgraph: the local embedder returned no vector');
    return vector;
  }
}
