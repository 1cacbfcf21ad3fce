// LangGraph's long-term memory store, driven as a system under test: an InMemoryStore with a
// semantic index whose embeddings come from the shared local embedder. Each turn is put as
// {text, time} under the namespace ['threadline', tenant] and a question is a store.search over that
// namespace. The store lives in process memory (as LangGraph's InMemoryStore does by design), so it
// forgets everything across a restart: persistent is false.
import { createRequire } from 'node:module';
import type { InMemoryStore } from '@langchain/langgraph-checkpoint';
import { z } from 'zod';
import type { AdapterDefinition, Scope } from '../src/adapter/contract.js';
import { loadEmbedder } from './embeddings/load-embedder.js';
import type { LocalEmbeddings } from './langgraph/local-embeddings.js';
import { parseMemoryValue, renderMemory, type MemoryValue } from './langgraph/memory-item.js';
import { tenantNamespace } from './langgraph/namespace.js';

// The store class is defined in @langchain/langgraph-checkpoint; @langchain/langgraph re-exports it.
const PACKAGE = '@langchain/langgraph-checkpoint';
const installed = createRequire(import.meta.url)(`${PACKAGE}/package.json`) as { version: string };

// store.search returns 10 items unless told otherwise (BaseStore.search's documented default limit).
const configSchema = z.object({ k: z.number().int().positive().default(10) });

const DUMP_PAGE = 500;

const langgraph: AdapterDefinition = {
  name: 'langgraph',
  version: `${PACKAGE}@${installed.version}`,
  description:
    'LangGraph InMemoryStore with a semantic index (local embedder), store.search with its default limit (config: k, default 10 as store.search; in-memory)',
  configSchema,
  create: (config) => {
    const { k } = configSchema.parse(config);
    let embeddings: LocalEmbeddings | undefined;
    let dims = 0;
    let store: InMemoryStore | undefined;
    let Store: typeof InMemoryStore | undefined;
    let seq = 0;

    const freshStore = () => {
      if (!embeddings || !Store) throw new Error('langgraph: open() was not called');
      return new Store({ index: { dims, embeddings, fields: ['text'] } });
    };
    const current = () => {
      if (!store) throw new Error('langgraph: open() was not called');
      return store;
    };

    return {
      open: async () => {
        const embedder = await loadEmbedder();
        const [{ LocalEmbeddings }, checkpoint] = await Promise.all([
          import('./langgraph/local-embeddings.js'),
          import('@langchain/langgraph-checkpoint'),
        ]);
        Store = checkpoint.InMemoryStore;
        embeddings = new LocalEmbeddings(embedder);
        dims = embedder.dimensions;
        store = freshStore();
        seq = 0;
      },
      close: async () => {
        store = undefined;
      },
      reset: async () => {
        store = freshStore();
        seq = 0;
      },
      ingest: async (turn, scope) => {
        const value: MemoryValue = turn.time ? { text: turn.text, time: turn.time } : { text: turn.text };
        // Zero-padded so the keys sort in the order the turns were said.
        await current().put(tenantNamespace(scope), String(++seq).padStart(9, '0'), value);
        return { facts: [{ text: turn.text }] };
      },
      query: async (question, scope) => {
        const hits = await current().search(tenantNamespace(scope), { query: question, limit: k });
        const candidates = hits.map((hit) => ({ text: renderMemory(parseMemoryValue(hit.value)), score: hit.score, id: hit.key }));
        return { text: candidates.map((c) => c.text).join('\n'), candidates };
      },
      dump: async (scope: Scope) => {
        const memories: Array<{ key: string; text: string }> = [];
        for (let offset = 0; ; offset += DUMP_PAGE) {
          const page = await current().search(tenantNamespace(scope), { limit: DUMP_PAGE, offset });
          for (const item of page) memories.push({ key: item.key, text: renderMemory(parseMemoryValue(item.value)) });
          if (page.length < DUMP_PAGE) break;
        }
        return memories
          .sort((a, b) => a.key.localeCompare(b.key))
          .map((m) => m.text)
          .join('\n');
      },
    };
  },
};

export default langgraph;
