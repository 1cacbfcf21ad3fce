// The floor: remembers nothing, answers nothing.
import { z } from 'zod';
import type { AdapterDefinition } from '../src/adapter/contract.js';

const nullAdapter: AdapterDefinition = {
  name: 'null',
  version: '1.0.0',
  description: 'remembers nothing and answers with empty text (the floor)',
  configSchema: z.object({}),
  create: () => ({
    open: async () => {},
    close: async () => {},
    reset: async () => {},
    ingest: async () => {},
    query: async () => ({ text: '' }),
  }),
};

export default nullAdapter;
