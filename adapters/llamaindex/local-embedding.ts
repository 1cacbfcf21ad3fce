// LlamaIndex's BaseEmbedding over the project's shared local embedder, so indexing and retrieval
// embed on this machine and no default (OpenAI) embedding model is ever constructed.
import { BaseEmbedding } from 'llamaindex';
import type { Embedder } from '../embeddings/local-embedder.js';

export class LocalEmbedding extends BaseEmbedding {
  constructor(private readonly embedder: Embedder) {
    super();
    // The base class declares the batch method as a property, so it is replaced here, not overridden.
    this.getTextEmbeddings = async (texts: string[]) => (await this.embedder.embed(texts)).map((vector) => Array.from(vector));
  }

  async getTextEmbedding(text: string): Promise<number[]> {
    const [vector] = await this.getTextEmbeddings([text]);
    if (!vector) throw new Error('llamaindex: the local embedder returned no vector');
    return vector;
  }
}
