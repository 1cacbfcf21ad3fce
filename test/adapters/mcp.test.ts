// The mcp adapter against the real @modelcontextprotocol/server-memory, started from node_modules
// with this Node (never npx, so nothing touches the network).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import type { StoredRun } from '../../src/store/records.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { expectMiniOutcomes, NO_SHARED_WORD } from '../helpers/mini-runs.js';
import { runInProcess } from '../helpers/run.js';

const mini = corpusFixture('mini');

function serverMemoryBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-memory/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifest), bin['mcp-server-memory']);
}

/** server-memory ignores its arguments; a marker one lets a test find its processes. */
const serverConfig = (marker = 'threadline-mcp-test') => ({ command: process.execPath, args: [serverMemoryBin(), marker] });

const options = () => ({ signal: new AbortController().signal });

async function openAdapter(dataDir: string, config: Record<string, unknown> = serverConfig()): Promise<MemoryAdapter> {
  const adapter = (await resolveAdapter('mcp')).create(config);
  await adapter.open({ dataDir }, options());
  return adapter;
}

function expectNoErrors(stored: StoredRun): void {
  expect(stored.run.status).toBe('complete');
  expect(stored.turns.filter((t) => t.outcome === 'error').map((t) => t.error)).toEqual([]);
  expect(stored.questions.filter((q) => q.outcome === 'error').map((q) => q.reason)).toEqual([]);
}

describe('mcp adapter over server-memory', () => {
  // server-memory's search matches words, so it misses the two questions that share no word with
  // their answer (NO_SHARED_WORD) and passes the other eight.
  it('runs the mini corpus in isolated mode with no errors, passing 8 of 10', async () => {
    const { stored, summary } = await runInProcess(mini, 'mcp', { config: serverConfig(), timeoutMs: 15_000 });
    expectNoErrors(stored);
    expect(summary.adapterErrors).toBe(0);
    expect(summary.questions).toMatchObject({ passed: 8, total: 10 });
    expectMiniOutcomes(stored, NO_SHARED_WORD);
    expect(stored.stories.every((s) => (s.dump ?? '').length > 0)).toBe(true);
  });

  it('runs the mini corpus in cumulative mode with no errors, passing 8 of 10 and 7 of 9 at the end', async () => {
    const { stored, summary } = await runInProcess(mini, 'mcp', { config: serverConfig(), mode: 'cumulative', timeoutMs: 15_000 });
    expectNoErrors(stored);
    expect(summary.questions).toMatchObject({ passed: 8, total: 10 });
    expect(summary.retention).toMatchObject({ passed: 7, total: 9 });
    expectMiniOutcomes(stored, NO_SHARED_WORD);
  });

  it('keeps tenants apart under scope story', async () => {
    const { stored, summary } = await runInProcess(mini, 'mcp', {
      config: serverConfig(),
      mode: 'cumulative',
      scope: 'story',
      timeoutMs: 15_000,
    });
    expectNoErrors(stored);
    expect(summary.trajectory.tenantLeakRate).toBe(0);
    expectMiniOutcomes(stored, NO_SHARED_WORD);
    const storiesMentioning = (word: string) => [...new Set(stored.questions.filter((q) => q.answer.includes(word)).map((q) => q.storyId))];
    expect(storiesMentioning('Harrogate')).toEqual(['401']);
    const distinctive = {
      '401': ['Burrow Hire', 'Tamsin'],
      '402': ['Meadowbank', 'courgettes', 'Gideon'],
      '403': ['Kestrel', 'Nuovo Espresso', 'Bruni'],
    };
    for (const [story, words] of Object.entries(distinctive)) {
      for (const word of words)
        expect(
          storiesMentioning(word).filter((other) => other !== story),
          word,
        ).toEqual([]);
    }
    expect(stored.stories.find((s) => s.storyId === '402')?.dump).not.toContain('Harrogate');
  });

  it('ranks the utterance that matches most question words first', async () => {
    const adapter = await openAdapter(tempDir());
    const scope = { tenant: 'story-401' };
    await adapter.ingest({ text: "We're moving to Harrogate on Friday, the van is from Burrow Hire." }, scope, options());
    await adapter.ingest({ text: 'Change of plan, we move Saturday instead and my sister Tamsin is helping.' }, scope, options());
    const result = await adapter.query('What day is the move now?', scope, options());
    await adapter.close();
    expect(result.candidates?.[0]).toMatchObject({ text: expect.stringContaining('Saturday'), score: 2 });
    expect(result.text.startsWith('Change of plan')).toBe(true);
  });

  it('keeps every write when the harness calls concurrently', async () => {
    const adapter = await openAdapter(tempDir());
    const texts = Array.from({ length: 20 }, (_, i) => `note number ${i} about parcel${i}`);
    await Promise.all(texts.map((text) => adapter.ingest({ text }, {}, options())));
    const dump = await adapter.dump!({}, options());
    await adapter.close();
    expect(dump.split('\n')).toEqual(texts);
  });

  it('persists: a new instance on the same data directory still answers', async () => {
    const dataDir = tempDir();
    const first = await openAdapter(dataDir);
    await first.ingest({ text: 'Got allotment plot 17 at Meadowbank.' }, { tenant: 'story-402' }, options());
    await first.close();
    expect(existsSync(path.join(dataDir, 'memory.jsonl'))).toBe(true);

    const second = await openAdapter(dataDir);
    expect((await second.query('Which plot do I have?', { tenant: 'story-402' }, options())).text).toContain('plot 17');
    await second.ingest({ text: 'The shed key is under the water butt.' }, { tenant: 'story-402' }, options());
    expect(await second.dump!({ tenant: 'story-402' }, options())).toBe(
      'Got allotment plot 17 at Meadowbank.\nThe shed key is under the water butt.',
    );
    await second.reset(options());
    expect(await second.dump!({ tenant: 'story-402' }, options())).toBe('');
    await second.close();
  });

  it('ends the server process on close', async () => {
    const marker = `threadline-mcp-close-${process.pid}-${Date.now()}`;
    const running = () => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).includes(marker);
    const adapter = await openAdapter(tempDir(), serverConfig(marker));
    expect(running()).toBe(true);
    await adapter.close();
    await expect.poll(running, { timeout: 5_000 }).toBe(false);
  });

  it('returns promptly when a call is aborted', async () => {
    const adapter = await openAdapter(tempDir());
    const controller = new AbortController();
    controller.abort(new Error('gave up'));
    await expect(adapter.query('anything at all', {}, { signal: controller.signal })).rejects.toThrow('gave up');
    expect((await adapter.query('anything', {}, options())).text).toBe('');
    await adapter.close();
  });

  it('explains a server that cannot start, and rejects a config without a command', async () => {
    const definition = await resolveAdapter('mcp');
    const adapter = definition.create({ command: path.join(tempDir(), 'no-such-server') });
    await expect(adapter.open({ dataDir: tempDir() }, options())).rejects.toThrow(/cannot start MCP server/);
    expect(() => definition.create({})).toThrow(/command/);
    expect(() => definition.create({ command: 'node', argz: [] })).toThrow(/argz/);
  });
});
