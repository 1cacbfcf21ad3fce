import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { runCli } from '../helpers/cli.js';

describe('threadline prune', () => {
  it('keeps the newest run of a configuration, deletes the rest with their rows, and vacuums', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prune-'));
    const db = path.join(dir, 'r.db');
    for (let i = 0; i < 2; i++)
      expect((await runCli(['run', 'test/fixtures/corpora/mini', '--adapter', 'full-context', '--db', db, '-q'])).code).toBe(0);
    const [older, newer] = openResultsStore(db).listRuns();
    const result = await runCli(['prune', '--keep-latest', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`delete ${older.id}`);
    const store = openResultsStore(db);
    expect(store.listRuns().map((r) => r.id)).toEqual([newer.id]);
    expect(() => store.loadRun(older.id)).toThrow();
    expect(store.loadRun(newer.id).questions.length).toBeGreaterThan(0);
    store.close();
    expect(statSync(db).size).toBeGreaterThan(0);
    expect((await runCli(['prune', '--db', db])).code).toBe(2);
  }, 120_000);
});
