// What `threadline merge` joins: results databases, or run exports (`run --json`, `report --format
// json`), such as the artifacts of a CI matrix's shard jobs. Each export is loaded into a scratch
// database of its own, so both kinds go through the same merge, row for row.
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ThreadlineError } from '../errors.js';
import { readExportFile } from '../report/read-export.js';
import { atCorpusPositions } from '../run/shard-export.js';
import { importStoredRun } from '../store/import-run.js';
import { openResultsStore } from '../store/sqlite-store.js';

const SQLITE_HEADER = 'SQLite format 3\u0000';

function kindOf(file: string): 'database' | 'export' {
  let head: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(SQLITE_HEADER.length);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('latin1');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new ThreadlineError('USAGE', `cannot read ${file}: ${(error as Error).message}`);
  }
  if (head === SQLITE_HEADER) return 'database';
  if (head.trimStart().startsWith('{')) return 'export';
  throw new ThreadlineError('USAGE', `${file} is neither a results database nor a run export (JSON)`);
}

export interface MergeInputs {
  /** One results database per input: the given one, or the scratch database an export was loaded into. */
  databases: string[];
  /** The input each database came from, for messages. */
  sourceOf: Map<string, string>;
  /** Deletes the scratch databases. */
  dispose(): void;
}

export async function mergeInputs(files: string[]): Promise<MergeInputs> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'threadline-merge-'));
  const dispose = () => rmSync(scratch, { recursive: true, force: true });
  const databases: string[] = [];
  const sourceOf = new Map<string, string>();
  try {
    for (const [i, file] of files.entries()) {
      let database = file;
      if (kindOf(file) === 'export') {
        const stored = atCorpusPositions(await readExportFile(file), file);
        database = path.join(scratch, `export-${i + 1}.db`);
        const store = openResultsStore(database);
        try {
          importStoredRun(store, stored);
        } finally {
          store.close();
        }
      }
      databases.push(database);
      sourceOf.set(database, file);
    }
  } catch (error) {
    dispose();
    throw error;
  }
  return { databases, sourceOf, dispose };
}
