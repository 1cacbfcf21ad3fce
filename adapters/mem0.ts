// mem0 (the mem0ai package, OSS mode) driven as a system under test: every turn added verbatim with
// infer: false (no LLM extracts facts), one mem0 user per tenant, a question answered by mem0's own
// search (its semantic + BM25 + entity-boost ranking), top-k. Embeddings come from the shared local
// embedder; mem0's SQLite vector store keeps everything under ctx.dataDir; telemetry is off.
import './mem0/telemetry-off.js';
import path from 'node:path';
import type { Memory, MemoryItem } from 'mem0ai/oss';
import { z } from 'zod';
import type { AdapterDefinition, Scope } from '../src/adapter/contract.js';
import { loadEmbedder } from './embeddings/load-embedder.js';
import { installedMem0Version } from './mem0/installed-version.js';

const configSchema = z.object({ k: z.number().int().positive().default(5) });

const DEFAULT_TENANT = 'default';
/** Enough for dump() to list every memory of a tenant. */
const LIST_ALL = 1_000_000;

/** mem0 rejects ids with whitespace; percent-encoding keeps every tenant id distinct and valid. */
const userIdOf = (scope: Scope) => encodeURIComponent(scope.tenant || DEFAULT_TENANT);

/** A memory as a language model would be handed it: its text, after the story's clock when known. */
function render(item: MemoryItem): string {
  const time = item.metadata?.time;
  return typeof time === 'string' ? `[${time}] ${item.memory}` : item.memory;
}

const mem0: AdapterDefinition = {
  name: 'mem0',
  version: `mem0ai@${installedMem0Version()}`,
  description:
    'mem0 OSS Memory, add with infer: false (no LLM), local embedder, SQLite vector store, search top-k (config: k, default 5; persistent)',
  persistent: true,
  configSchema,
  create: (config) => {
    const { k } = configSchema.parse(config);
    let memory: Memory | undefined;
    const opened = () => {
      if (!memory) throw new Error('mem0: open() was not called');
      return memory;
    };

    return {
      open: async (ctx) => {
        const { openMem0Memory } = await import('./mem0/open-memory.js');
        memory = await openMem0Memory(path.join(ctx.dataDir, 'mem0'), await loadEmbedder());
      },
      // mem0's Memory has no close(); its SQLite handle is released with the instance.
      close: async () => {
        memory = undefined;
      },
      reset: async () => {
        await opened().reset();
      },
      ingest: async (turn, scope) => {
        if (turn.text.trim() === '') return { facts: [] };
        const added = await opened().add([{ role: 'user', content: turn.text }], {
          userId: userIdOf(scope),
          infer: false,
          metadata: turn.time ? { time: turn.time } : {},
        });
        return { facts: added.results.map((item) => ({ text: item.memory })) };
      },
      query: async (question, scope) => {
        if (question.trim() === '') return { text: '', candidates: [] };
        const found = await opened().search(question, { filters: { user_id: userIdOf(scope) }, topK: k });
        const candidates = found.results.map((item) => ({ text: render(item), score: item.score, id: item.id }));
        return { text: candidates.map((c) => c.text).join('\n'), candidates };
      },
      dump: async (scope) => {
        const all = await opened().getAll({ filters: { user_id: userIdOf(scope) }, topK: LIST_ALL });
        return all.results.map(render).join('\n');
      },
    };
  },
};

export default mem0;
