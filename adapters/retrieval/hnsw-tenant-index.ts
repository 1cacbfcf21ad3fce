// One tenant's vectors in an HNSW graph (hnswlib, cosine space), searched so that recall is exact.
import hnswlib, { type HierarchicalNSW } from 'hnswlib-node';

export interface VectorHit {
  label: number;
  /** Cosine similarity, 1 for the same direction. */
  similarity: number;
}

const INITIAL_CAPACITY = 1024;
// hnswlib's usual build parameters; the graph is rebuilt from the database on every open.
const LINKS_PER_NODE = 16;
const EF_CONSTRUCTION = 200;
// A fixed seed: the same vectors added in the same order give the same graph, so the same answers.
const RANDOM_SEED = 100;

export class HnswTenantIndex {
  private readonly graph: HierarchicalNSW;

  constructor(dimensions: number) {
    this.graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
    this.graph.initIndex({ maxElements: INITIAL_CAPACITY, m: LINKS_PER_NODE, efConstruction: EF_CONSTRUCTION, randomSeed: RANDOM_SEED });
  }

  get size(): number {
    return this.graph.getCurrentCount();
  }

  add(label: number, vector: Float32Array): void {
    if (this.size >= this.graph.getMaxElements()) this.graph.resizeIndex(this.graph.getMaxElements() * 2);
    this.graph.addPoint(Array.from(vector), label);
  }

  /**
   * The `limit` nearest vectors, nearest first. efSearch = max(limit × 10, size): once ef is at
   * least the number of stored vectors, the search's candidate list never fills before it has
   * visited every node reachable in the base layer (all of them, in practice), so the result is
   * the exact top-k, not an approximation. That costs O(size) per query, which is what a baseline
   * should pay at a few thousand sentences per tenant: a recall miss must never be the index's.
   */
  search(vector: Float32Array, limit: number): VectorHit[] {
    const n = Math.min(limit, this.size);
    if (n === 0) return [];
    this.graph.setEf(Math.max(n * 10, this.size));
    const { distances, neighbors } = this.graph.searchKnn(Array.from(vector), n);
    return neighbors.map((label, i) => ({ label, similarity: 1 - (distances[i] ?? 1) }));
  }
}
