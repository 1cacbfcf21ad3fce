// The recall ceiling and the cost worst case: hands back every utterance ingested in its scope.
// In-memory only, so it forgets everything across a restart.
import { z } from 'zod';
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { ScopedLog } from './scoped-log.js';

const fullContext: AdapterDefinition = {
  name: 'full-context',
  version: '1.0.0',
  description: 'returns every utterance ingested in its scope (recall ceiling, cost worst case; in-memory)',
  configSchema: z.object({}),
  create: () => {
    const log = new ScopedLog();
    return {
      open: async () => {},
      close: async () => log.clear(),
      reset: async () => log.clear(),
      ingest: async (turn, scope) => {
        log.append(scope, turn.text);
        return { facts: [{ text: turn.text }] };
      },
      query: async (_question, scope) => {
        const all = log.entries(scope);
        return { text: all.join('\n'), candidates: all.map((text) => ({ text })) };
      },
      dump: async (scope) => log.entries(scope).join('\n'),
    };
  },
};

export default fullContext;
