// An embedder whose vectors are also kept in an SQLite table, so an adapter that restarts on the
// same data directory reads them back instead of running the model again. Rows are keyed by the
// model's name and version as well as the text: a new model never reads an old model's vectors.
import type { SqliteDatabase } from '../../src/sqlite.js';
import type { Embedder } from './local-embedder.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS embedding_cache (
    model TEXT NOT NULL, text TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, text)
  ) WITHOUT ROWID;`;

function toBlob(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

function fromBlob(blob: Buffer): Float32Array {
  // Copied into a fresh buffer: a Float32Array view needs 4-byte alignment the blob may lack.
  return new Float32Array(new Uint8Array(blob).buffer);
}

export function persistentlyCached(embedder: Embedder, db: SqliteDatabase): Embedder {
  db.exec(SCHEMA);
  const model = `${embedder.name}@${embedder.version}`;
  const select = db.prepare('SELECT vector FROM embedding_cache WHERE model = ? AND text = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO embedding_cache (model, text, vector) VALUES (?, ?, ?)');
  const stored = (text: string) => (select.get(model, text) as { vector: Buffer } | undefined)?.vector;

  return {
    name: embedder.name,
    version: embedder.version,
    dimensions: embedder.dimensions,
    embed: async (texts) => {
      const vectors = texts.map((text) => {
        const blob = stored(text);
        return blob ? fromBlob(blob) : undefined;
      });
      const missing = [...new Set(texts.filter((_, i) => vectors[i] === undefined))];
      if (missing.length === 0) return vectors as Float32Array[];
      const computed = await embedder.embed(missing);
      const byText = new Map(missing.map((text, i) => [text, computed[i] as Float32Array]));
      db.transaction(() => {
        for (const [text, vector] of byText) insert.run(model, text, toBlob(vector));
      })();
      return texts.map((text, i) => vectors[i] ?? Float32Array.from(byText.get(text) as Float32Array));
    },
  };
}
