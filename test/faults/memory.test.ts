// Defect 7: memory was unbounded. A 1,000,000-turn story (80 MB) took 4 GB and 65 s in `lint`;
// eight 50 MB answers pushed a run to 3.79 GB; a YAML alias bomb threw an error naming no file and
// hid the other files' errors.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, REPO, tempDir } from '../helpers/paths.js';
import { onlyRun, withStore } from './helpers.js';

const TIME = '/usr/bin/time';

async function writeHugeStory(file: string, turns: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('story_id: 1\nstory_name: huge\ncategory: daily_life\nbatches:\n');
  for (let i = 0; i < turns; i += 10_000) {
    let chunk = '';
    for (let j = i; j < Math.min(turns, i + 10_000); j++)
      chunk += `  - batch: ${j + 1}\n    user_input: "I walked past bakery number ${j} today."\n`;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.write('questions:\n  - question: Where did I walk?\n    expected_contains: [bakery]\n');
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/**
 * Runs the CLI under /usr/bin/time for its peak RSS and CPU time. CPU time (user + system) is the
 * bound asserted: on a loaded CI machine wall time mostly measures the neighbours.
 */
function measured(args: string[]): Promise<{ code: number | null; stdout: string; cpuMs: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', 'PEAK_KB %M CPU %U %S', process.execPath, path.join(REPO, 'bin/threadline.js'), ...args], {
      cwd: REPO,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const [, kb, user, sys] = /PEAK_KB (\d+) CPU ([\d.]+) ([\d.]+)/.exec(stderr) ?? [];
      resolve({ code, stdout, cpuMs: (Number(user) + Number(sys)) * 1000, peakMb: Number(kb) / 1024 });
    });
  });
}

describe('bounded memory', () => {
  it.skipIf(!existsSync(TIME))(
    'rejects a 1,000,000-turn story in lint in under 5 s and 500 MB, naming the file',
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'huge.yaml');
      await writeHugeStory(file, 1_000_000);
      const result = await measured(['lint', dir]);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/huge\.yaml:1:1 error \[limits\] \d+ bytes, over the limit/);
      expect(result.cpuMs).toBeLessThan(5_000);
      expect(result.peakMb).toBeLessThan(500);
    },
    120_000,
  );

  it('refuses a story over --max-turns with an error at its batches', async () => {
    const dir = tempDir();
    await writeHugeStory(path.join(dir, 'long.yaml'), 50);
    const result = await runCli(['lint', dir, '--max-turns', '20']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/long\.yaml:\d+:\d+ error \[limits\] batches: 50 turns, over the limit of 20/);
  }, 60_000);

  it("reports an alias bomb as that file's error and still reports the other files' errors", async () => {
    const dir = tempDir();
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    writeFileSync(path.join(dir, '01_bomb.yaml'), `${levels.join('\n')}\n`);
    writeFileSync(path.join(dir, '02_broken.yaml'), 'story_id: 2\nstory_name: x\n');
    const result = await runCli(['lint', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/01_bomb\.yaml:1:1 error \[yaml-aliases\]/);
    expect(result.stdout).toMatch(/02_broken\.yaml:\d+:\d+ error \[schema\]/);
  }, 60_000);

  it('caps eight 50 MB answers at the answer cap and records the cap', async () => {
    const db = path.join(tempDir(), 'x.db');
    const result = await runCli([
      'run',
      corpusFixture('mini'),
      '--adapter',
      adapterFixture('hostile'),
      '--adapter-config',
      '{"fault":"huge","hugeChars":50000000}',
      '--db',
      db,
      '-q',
    ]);
    expect(result.code).toBe(0);
    const run = onlyRun(db);
    expect(run.options.limits).toEqual({ answerChars: 1_048_576 });
    // Long answers load lazily from the store, so they are read while it is open.
    const answers = withStore(db, (s) => s.loadRun(run.id).questions.map((q) => ({ length: q.answer.length, diagnostics: q.diagnostics })));
    expect(answers.length).toBeGreaterThanOrEqual(8);
    for (const q of answers) {
      expect(q.length).toBeLessThanOrEqual(1_048_576);
      expect(q.diagnostics).toMatchObject({ answerTruncatedFrom: expect.any(Number) });
    }
    expect(run.metrics!.peakRssBytes).toBeLessThan(1_000 * 1024 * 1024);
  }, 120_000);
});
