// A chat-history buffer: hands back the last N utterances of its scope (config `window`, default 10).
import { z } from 'zod';
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { ScopedLog } from './scoped-log.js';

const configSchema = z.object({ window: z.number().int().positive().default(10) });

const recentWindow: AdapterDefinition = {
  name: 'recent-window',
  version: '1.0.0',
  description: 'returns the last N utterances of its scope (config: window, default 10; in-memory)',
  configSchema,
  create: (config) => {
    const { window } = configSchema.parse(config);
    const log = new ScopedLog();
    const recent = (scope: Parameters<ScopedLog['entries']>[0]) => log.entries(scope).slice(-window);
    return {
      open: async () => {},
      close: async () => log.clear(),
      reset: async () => log.clear(),
      ingest: async (turn, scope) => {
        log.append(scope, turn.text);
      },
      query: async (_question, scope) => {
        const window = recent(scope);
        return { text: window.join('\n'), candidates: [...window].reverse().map((text) => ({ text })) };
      },
      dump: async (scope) => recent(scope).join('\n'),
    };
  },
};

export default recentWindow;
