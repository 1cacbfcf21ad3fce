// LangGraph's InMemoryStore as a system under test: it runs the mini corpus offline (any network
// attempt fails the test), keeps tenants apart, and reset() wipes it.
import { beforeAll, describe, expect, it } from 'vitest';
import { itRunsTheMiniCorpus } from '../helpers/mini-runs.js';
import { guardNetwork } from '../helpers/offline.js';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { tempDir } from '../helpers/paths.js';

const signal = new AbortController().signal;
const SLOW = 240_000;

guardNetwork();

beforeAll(() => {
  process.env.LANGSMITH_TRACING = 'false';
  process.env.LANGCHAIN_TRACING_V2 = 'false';
});

async function openLanggraph(): Promise<MemoryAdapter> {
  const definition = await resolveAdapter('langgraph');
  const adapter = definition.create({ k: 2 });
  await adapter.open({ dataDir: tempDir() }, { signal });
  return adapter;
}

describe('langgraph adapter', () => {
  it('records the installed library version and says it is in-memory', async () => {
    const definition = await resolveAdapter('langgraph');
    expect(definition.version).toMatch(/^@langchain\/langgraph-checkpoint@\d+\.\d+\.\d+/);
    expect(definition.persistent).toBeFalsy();
    expect(definition.llmInLoop).toBeFalsy();
  });

  it(
    'retrieves by meaning within a tenant, keeps tenants apart, dumps in order, and resets',
    async () => {
      const adapter = await openLanggraph();
      await adapter.ingest({ text: 'My sister Odalys is a nurse in Denver.', time: 'Monday 9:00 AM' }, { tenant: 'a' }, { signal });
      await adapter.ingest({ text: 'I planted tomatoes and basil in the garden.' }, { tenant: 'a' }, { signal });
      await adapter.ingest({ text: 'The dog needs a vet appointment.' }, { tenant: 'b.c:d' }, { signal });

      const result = await adapter.query('what does my sister do for work?', { tenant: 'a' }, { signal });
      expect(result.candidates?.length).toBe(2);
      expect(result.candidates?.[0]?.text).toBe('[Monday 9:00 AM] My sister Odalys is a nurse in Denver.');
      expect(typeof result.candidates?.[0]?.score).toBe('number');
      expect(result.text).not.toContain('dog');

      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe(
        '[Monday 9:00 AM] My sister Odalys is a nurse in Denver.\nI planted tomatoes and basil in the garden.',
      );
      expect(await adapter.dump!({ tenant: 'b.c:d' }, { signal })).toBe('The dog needs a vet appointment.');

      await adapter.reset({ signal });
      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe('');
      expect((await adapter.query('sister', { tenant: 'a' }, { signal })).text).toBe('');
      await adapter.close();
    },
    SLOW,
  );

  itRunsTheMiniCorpus('langgraph', SLOW);
});
