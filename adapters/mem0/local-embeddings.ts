// mem0's embedders are picked by provider name; its "langchain" provider takes any object with
// LangChain's embedQuery/embedDocuments, so that is the shape the shared local embedder is given here.
import type { Embedder } from '../embeddings/local-embedder.js';

export interface LangchainShapedEmbeddings {
  embedQuery(text: string): Promise<number[]>;
  embedDocuments(texts: string[]): Promise<number[][]>;
}

export function langchainShaped(embedder: Embedder): LangchainShapedEmbeddings {
  const embedDocuments = async (texts: string[]) => (await embedder.embed(texts)).map((vector) => Array.from(vector));
  return {
    embedDocuments,
    embedQuery: async (text) => {
      const [vector] = await embedDocuments([text]);
      if (!vector) throw new Error('mem0: the local embedder returned no vector');
      return vector;
    },
  };
}
