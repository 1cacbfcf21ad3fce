// Property: whatever a story file holds, `lint` never throws and every finding names a file and a
// line. Valid stories are mutated (characters inserted, deleted and replaced with YAML's special
// characters, lines duplicated or dropped) and linted in-process.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { lintCorpus } from '../../src/lint/lint.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

const SEEDS = ['01_moving.yaml', '02_garden.yaml', '03_course.yaml'].map((f) => readFileSync(path.join(corpusFixture('mini'), f), 'utf8'));
const SPECIAL = [
  ':',
  '-',
  '&a',
  '*a',
  '<<: *a',
  '\t',
  '{',
  '}',
  '[',
  '"',
  "'",
  '|',
  '>',
  '#',
  '!!binary',
  '\u0000',
  '\ufffe',
  '\n',
  '  ',
  '---\n',
  '? ',
  '%YAML 1.2\n',
  '~',
  '1e999',
  'null',
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  const lines = text.split('\n');
  const i = m.at % lines.length;
  if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]);
  else lines.splice(i, 1);
  return lines.join('\n');
}

describe('corpus fuzzer', () => {
  it('lint never throws and every finding names a file and a line', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'story.yaml');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (seed, mutations) => {
        writeFileSync(file, mutations.reduce(apply, seed));
        const report = lintCorpus(await loadCorpus(dir));
        for (const d of [...report.errors, ...report.warnings]) {
          expect(d.file).toMatch(/story\.yaml$/);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300, seed: 10 },
    );
  }, 120_000);
});
