// Mastra embeds with an AI SDK embedding model (it calls the SDK's embedMany, which calls doEmbed).
// This is the minimal version-1 model over the project's shared local embedder, so semantic recall
// embeds on this machine and no provider package or remote API is involved.
import type { SharedMemoryConfig } from '@mastra/core/memory';
import type { Embedder } from '../embeddings/local-embedder.js';

type MastraEmbedder = NonNullable<SharedMemoryConfig['embedder']>;

export function localEmbeddingModel(embedder: Embedder): MastraEmbedder {
  return {
    specificationVersion: 'v1',
    provider: 'threadline-local',
    modelId: `${embedder.name}@${embedder.version}`,
    // The local embedder runs one text at a time anyway; one call per batch keeps the SDK from splitting.
    maxEmbeddingsPerCall: undefined,
    supportsParallelCalls: false,
    doEmbed: async ({ values }: { values: string[] }) => ({
      embeddings: (await embedder.embed(values)).map((vector) => Array.from(vector)),
    }),
  };
}
