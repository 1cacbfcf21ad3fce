// The local embedder and its model load only when an adapter is opened, so listing adapters or
// printing help does not pay for them.
import type { Embedder } from './local-embedder.js';

export async function loadEmbedder(): Promise<Embedder> {
  const { localEmbedder } = await import('./local-embedder.js');
  return localEmbedder();
}
