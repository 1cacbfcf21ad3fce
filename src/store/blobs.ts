// Long texts (answers, dumps) stored once by content hash and Brotli-compressed, so a layer that
// returns its whole context as every answer does not grow the results database by that much per
// question. Short texts stay inline in their row.
import { createHash } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { SqliteDatabase } from '../sqlite.js';

/** Texts shorter than this stay inline: a hash and a compressed frame would not be smaller. */
export const INLINE_MAX_CHARS = 256;
const CODEC = 'br';

export class BlobStore {
  private readonly insert;
  private readonly select;
  private readonly exists;
  /** The last text put and read: consecutive equal answers are hashed and decompressed once. */
  private lastPut = { text: '', hash: '' };
  private lastGot = { hash: '', text: '' };

  constructor(db: SqliteDatabase) {
    this.insert = db.prepare('INSERT OR IGNORE INTO blobs (hash, codec, data) VALUES (?, ?, ?)');
    this.exists = db.prepare('SELECT 1 FROM blobs WHERE hash = ?').pluck();
    this.select = db.prepare('SELECT codec, data FROM blobs WHERE hash = ?');
  }

  /** Stores the text (once per distinct content) and returns its hash. */
  put(text: string): string {
    if (text === this.lastPut.text) return this.lastPut.hash;
    const hash = createHash('sha256').update(text).digest('base64url');
    this.lastPut = { text, hash };
    if (this.exists.get(hash) !== undefined) return hash;
    this.insert.run(hash, CODEC, packText(text));
    return hash;
  }

  /** Drops the caches (after blobs were deleted). */
  forget(): void {
    this.lastPut = { text: '', hash: '' };
    this.lastGot = { hash: '', text: '' };
  }

  get(hash: string): string {
    if (hash === this.lastGot.hash) return this.lastGot.text;
    const row = this.select.get(hash) as { codec: string; data: Buffer } | undefined;
    if (!row) throw new Error(`results store: missing blob ${hash}`);
    const text = unpackText(row.data);
    this.lastGot = { hash, text };
    return text;
  }
}

export function packText(text: string): Buffer {
  return brotliCompressSync(text, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) },
  });
}

export function unpackText(data: Buffer): string {
  return brotliDecompressSync(data).toString('utf8');
}

/** Deletes blobs no row refers to any more (after runs were pruned). */
export function deleteOrphanBlobs(db: SqliteDatabase): number {
  return db
    .prepare(
      `DELETE FROM blobs WHERE hash NOT IN (
         SELECT answer_blob FROM questions WHERE answer_blob IS NOT NULL
         UNION SELECT dump_blob FROM stories WHERE dump_blob IS NOT NULL
         UNION SELECT blob FROM run_dumps)`,
    )
    .run().changes;
}
