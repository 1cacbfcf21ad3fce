// The reference engine is deterministic: the same stories give the same answers and diagnostics in a
// fresh instance, and a new instance on the same data directory answers as the one that wrote it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceEngine } from '../../../adapters/reference/engine.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { playThrough } from './play.js';

const signal = new AbortController().signal;
const stories = async () => (await loadCorpus(path.resolve('test/fixtures/corpora/mini'))).corpus.stories.slice(0, 4);

describe('reference engine determinism', () => {
  it('gives byte-identical output on a second run', async () => {
    const s = await stories();
    expect(s.length).toBeGreaterThan(0);
    expect(await playThrough(s)).toEqual(await playThrough(s));
  });

  it('answers the same after close and reopen on the same data directory (P1)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reference-p1-'));
    try {
      const first = referenceEngine();
      await first.open({ dataDir: dir }, { signal });
      await first.ingest({ text: 'My sister Nadia moved to Lisbon in March.', timestamp: '2025-03-01T10:00' }, {}, { signal });
      await first.ingest({ text: 'Her flat costs €900 a month.', timestamp: '2025-03-02T10:00' }, {}, { signal });
      const before = await first.query('Where did Nadia move?', {}, { signal });
      await first.close();
      const second = referenceEngine();
      await second.open({ dataDir: dir }, { signal });
      const after = await second.query('Where did Nadia move?', {}, { signal });
      await second.close();
      expect(before.text).toContain('Lisbon');
      expect(after).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
