// Mastra Memory as a system under test: it runs the mini corpus offline (any network attempt fails
// the test), recalls by meaning within a tenant's thread, keeps tenants apart, persists in LibSQL
// files under its data directory, and reset() wipes it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itRunsTheMiniCorpus } from '../helpers/mini-runs.js';
import { guardNetwork } from '../helpers/offline.js';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { tempDir } from '../helpers/paths.js';

const signal = new AbortController().signal;
const SLOW = 240_000;

guardNetwork();

async function openMastra(dataDir: string): Promise<MemoryAdapter> {
  const definition = await resolveAdapter('mastra');
  const adapter = definition.create({ k: 2, lastMessages: 0, messageRange: 0 });
  await adapter.open({ dataDir }, { signal });
  return adapter;
}

describe('mastra adapter', () => {
  it('records the installed library version and says it persists', async () => {
    const definition = await resolveAdapter('mastra');
    expect(definition.version).toMatch(/^@mastra\/memory@0\.\d+\.\d+/);
    expect(definition.persistent).toBe(true);
    expect(definition.llmInLoop).toBeFalsy();
  });

  it(
    'recalls by meaning within a tenant, keeps tenants apart, survives a restart, and resets',
    async () => {
      const dataDir = tempDir();
      const first = await openMastra(dataDir);
      await first.ingest({ text: 'My sister Odalys is a nurse in Denver.', time: 'Monday 9:00 AM' }, { tenant: 'a' }, { signal });
      await first.ingest({ text: 'I planted tomatoes and basil in the garden.' }, { tenant: 'a' }, { signal });
      await first.ingest({ text: 'The quarterly tax form is due in April.' }, { tenant: 'a' }, { signal });
      await first.ingest({ text: 'My brother is a nurse too.' }, { tenant: 'b c' }, { signal });
      await first.close();

      const adapter = await openMastra(dataDir);
      const result = await adapter.query('what does my sister do for work?', { tenant: 'a' }, { signal });
      // k = 2 of tenant a's three messages, never tenant b's.
      expect(result.candidates?.length).toBe(2);
      expect(result.text).toContain('[Monday 9:00 AM] My sister Odalys is a nurse in Denver.');
      expect(result.text).not.toContain('brother');

      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe(
        '[Monday 9:00 AM] My sister Odalys is a nurse in Denver.\nI planted tomatoes and basil in the garden.\nThe quarterly tax form is due in April.',
      );
      expect(await adapter.dump!({ tenant: 'b c' }, { signal })).toBe('My brother is a nurse too.');
      expect(await adapter.dump!({}, { signal })).toBe('');
      expect((await adapter.query('nurse', {}, { signal })).text).toBe('');
      expect(existsSync(path.join(dataDir, 'mastra', 'storage.db'))).toBe(true);
      expect(existsSync(path.join(dataDir, 'mastra', 'vector.db'))).toBe(true);

      // A turn after the restart is ordered after the ones before it.
      await adapter.ingest({ text: 'Odalys moved to Boulder.' }, { tenant: 'a' }, { signal });
      expect((await adapter.dump!({ tenant: 'a' }, { signal })).endsWith('Odalys moved to Boulder.')).toBe(true);

      await adapter.reset({ signal });
      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe('');
      expect((await adapter.query('sister', { tenant: 'a' }, { signal })).text).toBe('');
      // The tenant's thread comes back on its next turn.
      await adapter.ingest({ text: 'A fresh start.' }, { tenant: 'a' }, { signal });
      expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe('A fresh start.');
      await adapter.close();
    },
    SLOW,
  );

  itRunsTheMiniCorpus('mastra', SLOW);
});
