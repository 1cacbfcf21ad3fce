// The reference engine must never read corpus annotations: the same stories with every Threadline
// annotation stripped from the YAML must give byte-identical answers and diagnostics.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadCorpus } from '../../../src/corpus/load.js';
import { playThrough } from './play.js';

const ANNOTATIONS = new Set([
  'input_class',
  'store_types',
  'temporal',
  'updates',
  'phenomena',
  'question_class',
  'properties',
  'must_not_contain',
  'answer_batches',
  'expected_adaptation',
  'expected_stores',
  'expected_memory_stores',
  'expected_triples',
  'engines_tested',
]);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !ANNOTATIONS.has(k))
        .map(([k, v]) => [k, strip(v)]),
    );
  }
  return value;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });
}

/** A spread of the shipped corpus (one file in eight, collision groups included), played cumulatively, to stay fast in CI. */
const SOURCE = path.resolve('corpus');
const files = yamlFiles(SOURCE)
  .sort()
  .filter((_, i) => i % 8 === 0);
const stripped = mkdtempSync(path.join(os.tmpdir(), 'reference-stripped-'));
const original = mkdtempSync(path.join(os.tmpdir(), 'reference-original-'));
afterAll(() => {
  rmSync(stripped, { recursive: true, force: true });
  rmSync(original, { recursive: true, force: true });
});

describe('reference engine is blind to annotations', () => {
  it('answers and reports identically with every annotation stripped', async () => {
    for (const [i, file] of files.entries()) {
      const text = readFileSync(file, 'utf8');
      mkdirSync(original, { recursive: true });
      writeFileSync(path.join(original, `${String(i).padStart(3, '0')}.yaml`), text);
      writeFileSync(path.join(stripped, `${String(i).padStart(3, '0')}.yaml`), stringify(strip(parse(text))));
    }
    const before = (await loadCorpus(original)).corpus.stories;
    const after = (await loadCorpus(stripped)).corpus.stories;
    expect(after.map((s) => s.turns.length)).toEqual(before.map((s) => s.turns.length));
    expect(after.flatMap((s) => s.turns).some((t) => t.inputClass || t.expectedStores.length > 0)).toBe(false);
    const a = await playThrough(before);
    const b = await playThrough(after, () => ({}), before);
    expect(a.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  }, 300_000);
});
