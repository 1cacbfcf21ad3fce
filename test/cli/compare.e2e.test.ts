// The regression gate, end to end: a worse run fails the gate and names what regressed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

const runId = (stdout: string) => /^run\s+(\S+) \(/m.exec(stdout)![1];

describe('threadline compare', () => {
  it('exits 1 when B is significantly worse, naming the regressed questions; a run against itself exits 0', async () => {
    const db = path.join(tempDir(), 'r.db');
    const good = await runCli(['run', corpusFixture('mini'), '--adapter', 'full-context', '--db', db, '-q']);
    const bad = await runCli(['run', corpusFixture('mini'), '--adapter', 'null', '--db', db, '-q']);
    const a = runId(good.stdout);
    const b = runId(bad.stdout);
    const gate = await runCli(['compare', a, b, '--db', db]);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain('passed only in A: 10; passed only in B: 0');
    expect(gate.stdout).toMatch(/exact McNemar p = 0\.0020/);
    expect(gate.stdout).toContain('newly failing in B (10):');
    expect(gate.stdout).toContain('401_q1 [final] A pass → B fail');
    expect(gate.stderr).toContain('significantly worse');
    const self = await runCli(['compare', a, a, '--db', db]);
    expect(self.code).toBe(0);
    expect(self.stdout).toContain('exact McNemar p = 1.0000');
  });

  it('refuses runs over different corpora', async () => {
    const db = path.join(tempDir(), 'r.db');
    const one = runId((await runCli(['run', corpusFixture('mini'), '--adapter', 'null', '--db', db, '-q'])).stdout);
    const two = runId((await runCli(['run', corpusFixture('dialects'), '--adapter', 'null', '--db', db, '-q'])).stdout);
    const result = await runCli(['compare', one, two, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('different corpora');
  });
});
