// `bench` as a user runs it: every row exercises P1 (an in-memory layer fails it, a persistent one
// keeps its answers), P6 runs where the adapter offers a second reading configuration, and the
// terminal summary fits 120 columns unless --wide asks for every column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

describe('threadline bench', () => {
  it('probes persistence on every adapter, model independence where a second reader exists, and prints at most 120 columns', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'b.db');
    const out = path.join(dir, 'out');
    const result = await runCli([
      'bench',
      corpusFixture('mini'),
      '--adapters',
      'full-context',
      'sqlite-fts',
      '--db',
      db,
      '--out',
      out,
      '-q',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const widest = Math.max(...result.stdout.split('\n').map((l) => l.length));
    expect(widest).toBeLessThanOrEqual(120);
    const summary = (name: string) => JSON.parse(readFileSync(path.join(out, 'bench', `${name}.summary.json`), 'utf8')).summary;
    for (const mode of ['isolated', 'cumulative']) {
      const inMemory = summary(`full-context-${mode}`);
      expect(inMemory.properties.P1.exercised).toBe(true);
      expect(inMemory.probes.persistence.before).toBeGreaterThan(0);
      expect(inMemory.probes.persistence.after).toBe(0);
      expect(inMemory.properties.P6.exercised).toBe(false);
      const persistent = summary(`sqlite-fts-${mode}`);
      expect(persistent.properties.P1.exercised).toBe(true);
      expect(persistent.probes.persistence.after).toBeCloseTo(persistent.probes.persistence.before, 5);
      expect(persistent.properties.P6.exercised).toBe(true);
    }
    expect(result.stdout).toMatch(/full-context\s+cumulative\/none\s.*fail 0%/);
    expect(result.stdout).toMatch(/sqlite-fts\s+cumulative\/none\s.*pass \d+%/);

    const wide = await runCli(['report', '--db', db, '--wide']);
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain('ATANT v1.0 strict (95% Wilson)');
    const narrow = await runCli(['report', '--db', db]);
    expect(Math.max(...narrow.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(120);
  }, 240_000);
});
