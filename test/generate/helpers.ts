// Shared helpers for the generator tests: temp dirs, corpus listing and tree hashing.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { GeneratedStory } from '../../src/generate/story-types.js';

export async function tempDir(label: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `threadline-${label}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under `root`, as sorted paths relative to it (with forward slashes). */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** sha256 over every relative path and its bytes: equal hashes mean byte-identical trees. */
export async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export async function readStories(root: string): Promise<Array<{ file: string; story: GeneratedStory }>> {
  const out: Array<{ file: string; story: GeneratedStory }> = [];
  for (const file of await listFiles(root)) {
    out.push({ file, story: parse(await readFile(path.join(root, file), 'utf8')) as GeneratedStory });
  }
  return out;
}
