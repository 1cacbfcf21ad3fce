// Defects 5 and 11: `--timeout 2147483648` became 1 ms; report/leaderboard created an empty
// database for a missing --db; a broken --db printed a stack trace with rc 1; symlinked story files
// and non-UTF-8 bytes were handled silently; a stdio config typo exited 1.
import { chmodSync, copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

const MINI = corpusFixture('mini');
const oneLine = (text: string) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

describe('option limits', () => {
  it('refuses a timeout above 2^31-1 ms as bad input', async () => {
    const result = await runCli(['run', MINI, '--adapter', 'null', '--timeout', '2147483648', '--db', path.join(tempDir(), 'x.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--timeout must be at most 2147483647/);
  }, 60_000);

  it.each(['report', 'leaderboard'])(
    '%s on a missing --db exits 2 without creating it',
    async (command) => {
      const db = path.join(tempDir(), 'missing.db');
      const result = await runCli([command, '--db', db]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/no results database at/);
      expect(existsSync(db)).toBe(false);
    },
    60_000,
  );

  it('exits 2 with one line for a --db that is a directory, not SQLite, or read-only', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'dir.db'));
    writeFileSync(path.join(dir, 'text.db'), 'this is not a database\n'.repeat(100));
    const readOnly = path.join(dir, 'ro');
    mkdirSync(readOnly);
    expect((await runCli(['run', MINI, '--adapter', 'null', '--db', path.join(readOnly, 'x.db'), '-q'])).code).toBe(0);
    chmodSync(path.join(readOnly, 'x.db'), 0o444);
    chmodSync(readOnly, 0o555);
    for (const db of [path.join(dir, 'dir.db'), path.join(dir, 'text.db'), path.join(readOnly, 'x.db')]) {
      const result = await runCli(['run', MINI, '--adapter', 'null', '--db', db, '-q']);
      if (db.startsWith(readOnly) && process.getuid?.() === 0) continue; // root writes anyway
      expect(result.code, db).toBe(2);
      expect(oneLine(result.stderr), result.stderr).toBe(true);
    }
  }, 120_000);

  it('warns about symlinked story files and non-UTF-8 bytes', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    copyFileSync(path.join(MINI, '01_moving.yaml'), path.join(elsewhere, 'linked.yaml'));
    symlinkSync(path.join(elsewhere, 'linked.yaml'), path.join(dir, '01_linked.yaml'));
    const bytes = Buffer.from('story_id: 9\nstory_name: caf\xe9\n', 'latin1');
    writeFileSync(path.join(dir, '02_latin1.yaml'), bytes);
    const result = await runCli(['lint', dir]);
    expect(result.stdout).toMatch(/01_linked\.yaml:1:1 warning \[symlink\] symbolic link to .* skipped/);
    expect(result.stdout).toMatch(/02_latin1\.yaml:1:1 warning \[encoding\] not valid UTF-8/);
  }, 60_000);

  it('treats a stdio config typo as bad input (exit 2)', async () => {
    const result = await runCli([
      'run',
      MINI,
      '--adapter',
      'stdio',
      '--adapter-config',
      '{"comand":"node"}',
      '--db',
      path.join(tempDir(), 'x.db'),
      '-q',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/stdio.*unknown key "comand"/);
  }, 60_000);
});
