import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, FIXTURES, tempDir } from '../helpers/paths.js';

const mini = corpusFixture('mini');

describe('threadline CLI', () => {
  it('--help on every command describes it', async () => {
    for (const command of ['run', 'lint', 'report', 'rescore', 'adapters', 'bench']) {
      const { code, stdout } = await runCli([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: threadline ${command}`);
    }
  });

  it('adapters lists the built-ins', async () => {
    const { stdout } = await runCli(['adapters']);
    for (const name of ['null', 'full-context', 'recent-window', 'sqlite-fts']) expect(stdout).toContain(name);
  });

  it('lint prints every finding with its position and exits 1; --json has the documented shape', async () => {
    const dir = tempDir();
    const json = path.join(dir, 'lint.json');
    const { code, stdout } = await runCli(['lint', corpusFixture('broken'), '--json', json]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/many_errors\.yaml:7:17 error \[schema\] batches\[0\]\.user_input: must be a non-empty string/);
    expect(stdout).toMatch(/duplicate_b\.yaml:1:1 error \[duplicate-id\] story_id: duplicate story id 303/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ stories: 2, questions: 2 });
    expect(report.errors[0]).toEqual(
      expect.objectContaining({
        file: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
        message: expect.any(String),
      }),
    );
    expect(Array.isArray(report.warnings)).toBe(true);
  });

  it('run writes an export with the documented fields, and report re-renders it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'r.db');
    const json = path.join(dir, 'run.json');
    const run = await runCli(['run', mini, '--adapter', 'full-context', '--mode', 'cumulative', '--db', db, '--json', json]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('grading rule     number-aware (headline); strict (ATANT v1.0) reported beside it');
    const exported = JSON.parse(readFileSync(json, 'utf8'));
    expect(exported.schemaVersion).toBe(1);
    expect(exported.run).toMatchObject({
      adapter: 'full-context@1.0.0',
      mode: 'cumulative',
      scope: 'none',
      grading: 'number-aware',
      corpusHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(exported.summary.questions).toMatchObject({ passed: 10, total: 10 });
    expect(exported.summary.stories).toMatchObject({ passed: 3, total: 3 });

    const md = await runCli(['report', exported.run.id, '--db', db, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`# Threadline run ${exported.run.id}`);
    expect(md.stdout).toContain('**grading rule**: number-aware (headline); strict (ATANT v1.0) reported beside it');
    expect(md.stdout).toMatch(/## Retention under load\n[\s\S]*?\| 0 \| \d+\/\d+ \| [\d.]+% \|/);
    const again = await runCli(['report', exported.run.id.slice(0, 17), '--db', db, '--format', 'json']);
    expect(JSON.parse(again.stdout).summary).toEqual(exported.summary);
  });

  it('exits 1 when --min-pass-rate is not met, and 2 on an invalid corpus or unknown run', async () => {
    const db = path.join(tempDir(), 'r.db');
    const low = await runCli(['run', mini, '--adapter', 'null', '--db', db, '--min-pass-rate', '0.5', '-q']);
    expect(low.code).toBe(1);
    expect(low.stderr).toMatch(/pass rate 0\.0% is below --min-pass-rate 50\.0%/);
    const broken = await runCli(['run', corpusFixture('broken'), '--adapter', 'null', '--db', db, '-q']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('bad_yaml.yaml:6:1');
    const unknown = await runCli(['report', 'nope', '--db', db]);
    expect(unknown.code).toBe(2);
    const adapter = await runCli(['run', mini, '--adapter', 'no-such', '--db', db, '-q']);
    expect(adapter.code).toBe(2);
    expect(adapter.stderr).toMatch(/unknown adapter "no-such"; built-ins: null, full-context/);
  });

  it('rescore reads both answer-file formats', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'rescore.json');
    const { code, stdout } = await runCli(['rescore', path.join(FIXTURES, 'engine-run.json'), '--json', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('passed under number-aware: 3/4');
    expect(stdout).toContain('claimed passed in file: 3/4');
    expect(stdout).toContain('disagreements: 2');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary).toEqual({
      questions: { passed: 3, total: 4 },
      claimedPassed: 3,
      disagreements: 2,
    });

    const db = path.join(dir, 'r.db');
    const exportFile = path.join(dir, 'run.json');
    await runCli(['run', mini, '--adapter', 'sqlite-fts', '--db', db, '--json', exportFile, '-q']);
    const again = await runCli(['rescore', exportFile, '--grading', 'any-keyword']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('threadline, grading rule any-keyword');
  });

  it('prints plain progress lines when piped', async () => {
    const db = path.join(tempDir(), 'r.db');
    const { stderr } = await runCli(['run', mini, '--adapter', 'full-context', '--db', db]);
    expect(stderr).toMatch(/^\[1\/3\] story 401: 4\/4 — total 4\/4$/m);
    expect(stderr).not.toContain('\r');
  });
});
