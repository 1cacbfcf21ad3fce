// Paths tests share: the repository, fixtures, and third-party data beside the project.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO, 'test/fixtures');
export const corpusFixture = (name: string) => path.join(FIXTURES, 'corpora', name);
export const adapterFixture = (name: string) => path.join(FIXTURES, 'adapters', `${name}.ts`);

export const ATANT_EXAMPLE = path.resolve(REPO, '../shared/data/atant/01_job_interview.yaml');
export const LOCOMO = path.resolve(REPO, '../shared/data/locomo10.json');

/** Third-party data may be absent (it is never copied into the repo): say so loudly and skip. */
export function sharedDataPresent(file: string): boolean {
  const present = existsSync(file);
  if (!present) console.warn(`\n!!! SKIPPING: third-party data ${file} is absent; tests that need it are skipped !!!\n`);
  return present;
}

export function tempDir(prefix = 'threadline-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
