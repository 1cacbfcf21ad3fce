// LlamaIndex as a system under test: it runs the mini corpus offline (any network attempt fails the
// test) with no LLM configured, keeps tenants apart, persists under its data directory, and reset()
// wipes it.
import { Settings } from 'llamaindex';
import { afterAll, describe, expect, it } from 'vitest';
import { itRunsTheMiniCorpus } from '../helpers/mini-runs.js';
import { guardNetwork } from '../helpers/offline.js';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { tempDir } from '../helpers/paths.js';

const signal = new AbortController().signal;
const SLOW = 240_000;

guardNetwork();

afterAll(() => {
  // No language model was ever configured, so LlamaIndex could not have called one.
  expect(() => Settings.llm).toThrow(/Cannot find LLM/);
});

async function openLlamaindex(dataDir: string): Promise<MemoryAdapter> {
  const definition = await resolveAdapter('llamaindex');
  const adapter = definition.create({ k: 2 });
  await adapter.open({ dataDir }, { signal });
  return adapter;
}

describe('llamaindex adapter', () => {
  it('records the installed library version and says it persists', async () => {
    const definition = await resolveAdapter('llamaindex');
    expect(definition.version).toMatch(/^llamaindex@\d+\.\d+\.\d+/);
    expect(definition.persistent).toBe(true);
    expect(definition.llmInLoop).toBeFalsy();
  });

  it(
    'retrieves by meaning within a tenant, keeps tenants apart, survives a restart, and resets',
    async () => {
      const dataDir = tempDir();
      const first = await openLlamaindex(dataDir);
      await first.ingest({ text: 'My sister Odalys is a nurse in Denver.', time: 'Monday 9:00 AM' }, { tenant: 'a' }, { signal });
      await first.ingest({ text: 'I planted tomatoes and basil in the garden.' }, { tenant: 'a' }, { signal });
      await first.ingest({ text: 'The dog needs a vet appointment.' }, { tenant: '../b' }, { signal });
      await first.close();

      const adapter = await openLlamaindex(dataDir);
      const result = await adapter.query('what does my sister do for work?', { tenant: 'a' }, { signal });
      expect(result.candidates?.length).toBe(2);
      expect(result.candidates?.[0]?.text).toBe('[Monday 9:00 AM] My sister Odalys is a nurse in Denver.');
      expect(typeof result.candidates?.[0]?.score).toBe('number');
      expect(result.text).not.toContain('dog');

      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe(
        '[Monday 9:00 AM] My sister Odalys is a nurse in Denver.\nI planted tomatoes and basil in the garden.',
      );
      expect(await adapter.dump!({ tenant: '../b' }, { signal })).toBe('The dog needs a vet appointment.');

      // A new turn after the restart is ordered after the ones before it.
      await adapter.ingest({ text: 'Odalys moved to Boulder.' }, { tenant: 'a' }, { signal });
      expect((await adapter.dump!({ tenant: 'a' }, { signal })).endsWith('Odalys moved to Boulder.')).toBe(true);

      await adapter.reset({ signal });
      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe('');
      expect((await adapter.query('sister', { tenant: 'a' }, { signal })).text).toBe('');
      await adapter.close();
    },
    SLOW,
  );

  itRunsTheMiniCorpus('llamaindex', SLOW);
});
