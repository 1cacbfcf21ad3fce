// Defect 4: one bad return value aborted the whole run (a circular structure, a BigInt,
// `candidates: 5`, a dump that is a number), with 0 of 3 stories saved; a malformed stdio
// `describe` reply failed the run too. Now each is an `error` outcome of that one call.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, FIXTURES, tempDir } from '../helpers/paths.js';
import { onlyRun, withStore } from './helpers.js';

const MINI = corpusFixture('mini');

describe.each([
  ['circular', /query failed: query returned a value that breaks the adapter contract/],
  ['bigint', /query failed: query returned a value that breaks the adapter contract: candidates\.0\.score/],
  ['candidates', /query failed: query returned a value that breaks the adapter contract: candidates/],
])('an adapter whose query returns %s from story 2', (fault, reason) => {
  it('records an error outcome for those calls and saves every story', async () => {
    const db = path.join(tempDir(), 'x.db');
    const result = await runCli([
      'run',
      MINI,
      '--adapter',
      adapterFixture('hostile'),
      '--adapter-config',
      JSON.stringify({ fault, fromStory: 2 }),
      '--db',
      db,
      '-q',
    ]);
    expect(result.code).toBe(0);
    const run = onlyRun(db);
    expect(run.status).toBe('complete');
    const stored = withStore(db, (s) => s.loadRun(run.id));
    expect(stored.stories.map((s) => s.storyId)).toEqual(['401', '402', '403']);
    const byStory = (id: string) => stored.questions.filter((q) => q.storyId === id);
    expect(byStory('401').every((q) => q.outcome === 'pass')).toBe(true);
    for (const q of [...byStory('402'), ...byStory('403')]) {
      expect(q.outcome).toBe('error');
      expect(q.reason).toMatch(reason);
    }
  }, 60_000);
});

describe('other bad values at the boundary', () => {
  it('ignores a dump that is not a string, and the run completes', async () => {
    const db = path.join(tempDir(), 'x.db');
    const result = await runCli([
      'run',
      MINI,
      '--adapter',
      adapterFixture('hostile'),
      '--adapter-config',
      '{"fault":"dump-number"}',
      '--db',
      db,
      '-q',
    ]);
    expect(result.code).toBe(0);
    const stored = withStore(db, (s) => s.loadRun(onlyRun(db).id));
    expect(stored.stories.map((s) => s.dump)).toEqual([undefined, undefined, undefined]);
    expect(stored.questions.every((q) => q.outcome === 'pass')).toBe(true);
  }, 60_000);

  it.each(['garbage', 'wrong-shape'])(
    'falls back to the config name when a stdio child answers describe with %s',
    async (kind) => {
      const db = path.join(tempDir(), 'x.db');
      const config = {
        command: process.execPath,
        args: [path.join(FIXTURES, 'adapters/misbehaving-child.mjs'), '--describe', kind],
        name: 'child',
      };
      const result = await runCli(['run', MINI, '--adapter', 'stdio', '--adapter-config', JSON.stringify(config), '--db', db, '-q']);
      expect(result.code).toBe(0);
      const run = onlyRun(db);
      expect(run.status).toBe('complete');
      expect(withStore(db, (s) => s.loadRun(run.id).questions.filter((q) => q.outcome === 'error'))).toEqual([]);
    },
    60_000,
  );
});
