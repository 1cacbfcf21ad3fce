// mem0 as a system under test: it runs the mini corpus offline (any network attempt fails the test)
// with telemetry off and no LLM call, keeps tenants apart, persists under its data directory and
// nowhere else, and reset() wipes it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsTheMiniCorpus } from '../helpers/mini-runs.js';
import { guardNetwork } from '../helpers/offline.js';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { tempDir } from '../helpers/paths.js';

const signal = new AbortController().signal;
const SLOW = 240_000;

guardNetwork();
// mem0 falls back to ~/.mem0 for its files: a home of our own shows whether anything went there.
const realHome = process.env.HOME;
const fakeHome = tempDir('threadline-mem0-home-');

beforeAll(() => {
  process.env.HOME = fakeHome;
});

afterAll(() => {
  process.env.HOME = realHome;
  expect(existsSync(path.join(fakeHome, '.mem0'))).toBe(false);
});

async function openMem0(dataDir: string): Promise<MemoryAdapter> {
  const definition = await resolveAdapter('mem0');
  const adapter = definition.create({ k: 2 });
  await adapter.open({ dataDir }, { signal });
  return adapter;
}

describe('mem0 adapter', () => {
  it('records the installed library version, says it persists, and turns telemetry off', async () => {
    const definition = await resolveAdapter('mem0');
    expect(definition.version).toMatch(/^mem0ai@\d+\.\d+\.\d+/);
    expect(definition.persistent).toBe(true);
    expect(definition.llmInLoop).toBeFalsy();
    expect(process.env.MEM0_TELEMETRY).toBe('false');
  });

  it(
    'retrieves by meaning within a tenant, keeps tenants apart, survives a restart, and resets',
    async () => {
      const dataDir = tempDir();
      const first = await openMem0(dataDir);
      await first.ingest({ text: 'My sister Odalys is a nurse in Denver.', time: 'Monday 9:00 AM' }, { tenant: 'a' }, { signal });
      await first.ingest({ text: 'I planted tomatoes and basil in the garden.' }, { tenant: 'a' }, { signal });
      await first.ingest({ text: 'The dog needs a vet appointment.' }, { tenant: 'b c' }, { signal });
      await first.close();

      const adapter = await openMem0(dataDir);
      const result = await adapter.query('what does my sister do for work?', { tenant: 'a' }, { signal });
      expect(result.candidates?.[0]?.text).toBe('[Monday 9:00 AM] My sister Odalys is a nurse in Denver.');
      expect(typeof result.candidates?.[0]?.score).toBe('number');
      expect(result.text).not.toContain('dog');

      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe(
        '[Monday 9:00 AM] My sister Odalys is a nurse in Denver.\nI planted tomatoes and basil in the garden.',
      );
      expect(await adapter.dump!({ tenant: 'b c' }, { signal })).toBe('The dog needs a vet appointment.');
      expect(await adapter.dump!({}, { signal })).toBe('');

      // mem0's own files are all in the data directory.
      expect(existsSync(path.join(dataDir, 'mem0', 'vector_store.db'))).toBe(true);
      expect(existsSync(path.join(dataDir, 'mem0', 'home', 'config.json'))).toBe(true);

      await adapter.reset({ signal });
      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe('');
      expect((await adapter.query('sister', { tenant: 'a' }, { signal })).text).toBe('');
      await adapter.close();
    },
    SLOW,
  );

  itRunsTheMiniCorpus('mem0', SLOW);
});
