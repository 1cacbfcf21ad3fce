// A reference engine in a temporary data directory, driven as the harness drives it, for tests that
// tell it something and ask: `fresh()` opens a new one; it is closed and its directory removed
// after each test.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { MemoryAdapter, Scope } from '../../../src/adapter/contract.js';
import { referenceEngine } from '../../../adapters/reference/engine.js';

const signal = new AbortController().signal;

export function liveEngine(label: string) {
  let dir = '';
  let engine: MemoryAdapter | undefined;
  afterEach(async () => {
    await engine?.close();
    engine = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const opened = () => {
    if (!engine) throw new Error('liveEngine: call fresh() first');
    return engine;
  };
  return {
    fresh: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), `reference-${label}-`));
      engine = referenceEngine();
      await engine.open({ dataDir: dir }, { signal });
    },
    tell: (text: string, timestamp: string, scope: Scope = {}) => opened().ingest({ text, timestamp }, scope, { signal }),
    ask: async (question: string, scope: Scope = {}) => (await opened().query(question, scope, { signal })).text,
    dump: async (scope: Scope = {}) => (await opened().dump?.(scope, { signal })) ?? '',
  };
}
