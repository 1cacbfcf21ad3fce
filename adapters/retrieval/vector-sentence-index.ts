// Sentences embedded by a local model and searched by cosine similarity: the rows (tenant, text)
// and the embedding cache live in SQLite, and each tenant's HNSW graph is rebuilt from them when the
// index opens (the vectors come back from the cache table, so a restart runs no model).
import type { Candidate } from '../../src/adapter/contract.js';
import type { SqliteDatabase } from '../../src/sqlite.js';
import type { Embedder } from '../embeddings/local-embedder.js';
import { persistentlyCached } from '../embeddings/persistent-cache.js';
import { HnswTenantIndex } from './hnsw-tenant-index.js';
import type { SentenceIndex } from './sentence-index.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS vector_sentences (id INTEGER PRIMARY KEY, tenant TEXT NOT NULL, text TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS vector_sentences_by_tenant ON vector_sentences (tenant, id);`;

interface TenantVectors {
  graph: HnswTenantIndex;
  /** HNSW labels are the rows' ids. */
  textById: Map<number, string>;
}

export class VectorSentenceIndex implements SentenceIndex {
  private readonly tenants = new Map<string, TenantVectors>();

  private constructor(
    private readonly db: SqliteDatabase,
    private readonly embedder: Embedder,
  ) {}

  /** Opens the index stored in `db` (creating its tables), embedding through a cache kept in `db` too. */
  static async open(db: SqliteDatabase, embedder: Embedder): Promise<VectorSentenceIndex> {
    db.exec(SCHEMA);
    const index = new VectorSentenceIndex(db, persistentlyCached(embedder, db));
    const rows = db.prepare('SELECT id, tenant, text FROM vector_sentences ORDER BY id').all() as Array<{
      id: number;
      tenant: string;
      text: string;
    }>;
    const vectors = await index.embedder.embed(rows.map((r) => r.text));
    rows.forEach((row, i) => index.remember(row.tenant, row.id, row.text, vectors[i] as Float32Array));
    return index;
  }

  async add(tenant: string, sentences: string[]): Promise<void> {
    if (sentences.length === 0) return;
    const vectors = await this.embedder.embed(sentences);
    const insert = this.db.prepare('INSERT INTO vector_sentences (tenant, text) VALUES (?, ?)');
    const ids = this.db.transaction(() => sentences.map((text) => Number(insert.run(tenant, text).lastInsertRowid)))();
    ids.forEach((id, i) => this.remember(tenant, id, sentences[i] as string, vectors[i] as Float32Array));
  }

  /** Scores are cosine similarities. */
  async search(tenant: string, question: string, limit: number): Promise<Candidate[]> {
    const vectors = this.tenants.get(tenant);
    if (!vectors || vectors.graph.size === 0) return [];
    const [query] = await this.embedder.embed([question]);
    if (!query) return [];
    return vectors.graph.search(query, limit).map((hit) => ({ text: vectors.textById.get(hit.label) ?? '', score: hit.similarity }));
  }

  list(tenant: string): string[] {
    return (this.db.prepare('SELECT text FROM vector_sentences WHERE tenant = ? ORDER BY id').all(tenant) as Array<{ text: string }>).map(
      (r) => r.text,
    );
  }

  /** The embedding cache stays: it holds no one's memory, only what the model makes of a text. */
  clear(): void {
    this.db.exec('DELETE FROM vector_sentences');
    this.tenants.clear();
  }

  private remember(tenant: string, id: number, text: string, vector: Float32Array): void {
    let vectors = this.tenants.get(tenant);
    if (!vectors) {
      vectors = { graph: new HnswTenantIndex(this.embedder.dimensions), textById: new Map() };
      this.tenants.set(tenant, vectors);
    }
    vectors.graph.add(id, vector);
    vectors.textById.set(id, text);
  }
}
