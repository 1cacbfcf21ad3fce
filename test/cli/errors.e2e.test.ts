// Every command, given bad input, exits with the documented code and says what is wrong in one
// line — no stack trace (that needs --debug). Runs in a temp directory, so nothing lands in the repo.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

const STACK_LINE = /^\s+at /m;
const mini = corpusFixture('mini');
let dir: string;
let db: string;

const runCount = (file: string) => {
  const store = openResultsStore(file);
  try {
    return store.listRuns().length;
  } finally {
    store.close();
  }
};

function expectOneLineError(result: CliResult, code: number, pattern?: RegExp) {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).not.toMatch(STACK_LINE);
  const lines = result.stderr.trimEnd().split('\n');
  // A usage error from the option parser adds one hint line ("add --help for usage").
  expect(lines.length, result.stderr).toBeLessThanOrEqual(lines[0].startsWith('error:') ? 2 : 1);
  expect(lines[0]).toMatch(/^(threadline: |error: )/);
  if (pattern) expect(lines[0]).toMatch(pattern);
}

describe('bad input on every command', () => {
  beforeAll(async () => {
    dir = tempDir('threadline-errors-');
    db = path.join(dir, 'runs.db');
    // Two runs made the same day: the prefix "20" is ambiguous.
    for (let i = 0; i < 2; i++) expect((await runCli(['run', mini, '--adapter', 'null', '--db', db, '-q'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, 'not-an-export.json'), '{"hello": "world"}');
  }, 120_000);

  const cases: Array<[string, () => string[], number, RegExp?]> = [
    ['run: unknown adapter', () => ['run', mini, '--adapter', 'no-such', '--db', db], 2, /unknown adapter "no-such"/],
    ['run: missing corpus', () => ['run', path.join(dir, 'nowhere'), '--adapter', 'null', '--db', db], 2],
    [
      'run: bad --timeout',
      () => ['run', mini, '--adapter', 'null', '--timeout', 'soon', '--db', db],
      2,
      /--timeout must be a positive integer/,
    ],
    ['run: bad --mode', () => ['run', mini, '--adapter', 'null', '--mode', 'sideways', '--db', db], 2],
    ['run: unknown run to resume', () => ['run', '--resume', 'nope', '--db', db], 2, /no run "nope"/],
    [
      'run: malformed --adapter-config',
      () => ['run', mini, '--adapter', 'null', '--adapter-config', '{k:', '--db', db],
      2,
      /--adapter-config/,
    ],
    ['bench: missing corpus', () => ['bench', path.join(dir, 'nowhere'), '--db', db], 2],
    ['bench: unknown adapter', () => ['bench', mini, '--adapters', 'no-such', '--db', db], 2, /unknown adapter/],
    ['lint: missing corpus', () => ['lint', path.join(dir, 'nowhere')], 2],
    ['report: ambiguous run-id prefix', () => ['report', '20', '--db', db], 2, /run id prefix "20" matches 2 runs/],
    ['report: unknown run', () => ['report', 'nope', '--db', db], 2, /no run "nope"/],
    ['leaderboard: missing corpus', () => ['leaderboard', path.join(dir, 'nowhere'), '--db', db, '--out', dir], 2],
    ['rescore: missing file', () => ['rescore', path.join(dir, 'missing.json')], 2, /cannot read/],
    ['rescore: not an answer file', () => ['rescore', path.join(dir, 'not-an-export.json')], 2],
    ['compare: missing export files', () => ['compare', path.join(dir, 'a.json'), path.join(dir, 'b.json')], 2, /cannot read/],
    ['compare: unknown runs', () => ['compare', 'nope', 'nada', '--db', db], 2, /no run "nope"/],
    [
      'compare: not an export',
      () => ['compare', path.join(dir, 'not-an-export.json'), path.join(dir, 'not-an-export.json')],
      2,
      /not a Threadline run export/,
    ],
    ['generate: bad story count', () => ['generate', '--stories', '-3', '--out', path.join(dir, 'gen')], 2],
    ['import: missing source', () => ['import', 'locomo', path.join(dir, 'missing.json'), '--out', path.join(dir, 'imp')], 2],
    ['import-run: missing file', () => ['import-run', path.join(dir, 'missing.json'), '--db', db], 2, /cannot read/],
    ['import-run: not an export', () => ['import-run', path.join(dir, 'not-an-export.json'), '--db', db], 2, /not a Threadline run export/],
    ['adapters: unknown option', () => ['adapters', '--bogus'], 2],
    ['unknown command', () => ['frobnicate'], 2],
  ];

  it.each(cases)('%s', async (_name, args, code, pattern) => {
    expectOneLineError(await runCli(args(), { cwd: dir }), code, pattern);
  });

  it('refuses an unknown adapter-config key or a missing required one before recording anything', async () => {
    const before = runCount(db);
    expectOneLineError(
      await runCli(['run', mini, '--adapter', 'sqlite-fts', '--adapter-config', '{"kk":3}', '--db', db], { cwd: dir }),
      2,
      /unknown key "kk"/,
    );
    expectOneLineError(await runCli(['run', mini, '--adapter', 'stdio', '--db', db], { cwd: dir }), 2, /"command"/);
    expectOneLineError(
      await runCli(['run', mini, '--adapter', 'sqlite-fts', '--adapter-config', '{"k":"five"}', '--db', db], { cwd: dir }),
      2,
      /"k"/,
    );
    expect(runCount(db)).toBe(before);
  });

  it('shows the stack trace with --debug', async () => {
    const result = await runCli(['report', '20', '--db', db, '--debug'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(STACK_LINE);
  });
});
