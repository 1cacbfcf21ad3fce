// Mastra Memory (@mastra/memory with @mastra/libsql) driven as a system under test: each turn saved
// as a user message in one thread per tenant (resourceId = tenant), a question answered by the
// messages Mastra's memory recalls for it (memory.rememberMessages: its recent messages and semantic
// recall with surrounding messages, Mastra's defaults unless configured). Embeddings
// come from the shared local embedder; no language model is configured; state is in LibSQL files
// under ctx.dataDir.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { MastraMessageV2 } from '@mastra/core/agent';
import { z } from 'zod';
import type { AdapterDefinition, Scope } from '../src/adapter/contract.js';
import { loadEmbedder } from './embeddings/load-embedder.js';
import { installedMastraVersion } from './mastra/installed-version.js';
import type { MastraMemoryParts } from './mastra/open-memory.js';
import { MASTRA_DEFAULTS, type MastraRecall } from './mastra/recall.js';

// Mastra's own defaults unless configured; `k` is the older name of topK. The stripped variant used
// before ({"lastMessages": 0, "topK": 5, "messageRange": 0}) is plain cosine top-5.
const configSchema = z.object({
  k: z.number().int().positive().optional(),
  topK: z.number().int().positive().optional(),
  lastMessages: z.number().int().nonnegative().default(MASTRA_DEFAULTS.lastMessages),
  messageRange: z.number().int().nonnegative().default(MASTRA_DEFAULTS.messageRange),
});

const DEFAULT_TENANT = 'default';
/** Enough for dump() to list every message of a thread. */
const LIST_ALL = 1_000_000;

const tenantOf = (scope: Scope) => scope.tenant || DEFAULT_TENANT;
const threadIdOf = (tenant: string) => `threadline-${encodeURIComponent(tenant)}`;

function textOf(message: MastraMessageV2): string {
  if (typeof message.content.content === 'string') return message.content.content;
  return message.content.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(' ');
}

/** A message as a language model would be handed it: its text, after the story's clock when known. */
function render(message: MastraMessageV2): string {
  const time = message.content.metadata?.time;
  return typeof time === 'string' ? `[${time}] ${textOf(message)}` : textOf(message);
}

const mastra: AdapterDefinition = {
  name: 'mastra',
  version: `@mastra/memory@${installedMastraVersion('@mastra/memory')}`,
  description:
    'Mastra Memory + LibSQL store/vector (local embedder) as documented: last 10 messages + semantic recall top 2 with 2 messages either side, a thread per tenant (config: lastMessages, topK, messageRange; persistent)',
  persistent: true,
  configSchema,
  create: (config) => {
    const parsed = configSchema.parse(config);
    const recall: MastraRecall = {
      lastMessages: parsed.lastMessages,
      topK: parsed.topK ?? parsed.k ?? MASTRA_DEFAULTS.topK,
      messageRange: parsed.messageRange,
    };
    let parts: MastraMemoryParts | undefined;
    /** Tenants whose thread is known to exist, as promises so concurrent first turns create it once. */
    const threads = new Map<string, Promise<void>>();
    // Message order is by createdAt; turns that arrive within one millisecond must still keep theirs.
    let lastCreatedAt = 0;

    const opened = () => {
      if (!parts) throw new Error('mastra: open() was not called');
      return parts;
    };

    const ensureThread = (tenant: string): Promise<void> => {
      const known = threads.get(tenant);
      if (known) return known;
      const { memory } = opened();
      const threadId = threadIdOf(tenant);
      const creating = (async () => {
        if (await memory.getThreadById({ threadId })) return;
        await memory.createThread({ threadId, resourceId: tenant, title: tenant });
      })();
      threads.set(tenant, creating);
      creating.catch(() => {
        if (threads.get(tenant) === creating) threads.delete(tenant);
      });
      return creating;
    };

    return {
      open: async (ctx) => {
        const { openMastraMemory } = await import('./mastra/open-memory.js');
        parts = await openMastraMemory(path.join(ctx.dataDir, 'mastra'), await loadEmbedder(), recall);
      },
      // Neither LibSQLStore nor LibSQLVector has a close(); their clients go with the instances.
      close: async () => {
        threads.clear();
        parts = undefined;
      },
      reset: async () => {
        const { memory, vector } = opened();
        await Promise.allSettled(threads.values());
        threads.clear();
        // memory.storage creates the tables first if this is a fresh store (clearTable on a missing
        // table only logs an error).
        const { TABLE_MESSAGES, TABLE_RESOURCES, TABLE_THREADS } = await import('@mastra/core/storage');
        for (const tableName of [TABLE_MESSAGES, TABLE_THREADS, TABLE_RESOURCES] as const) await memory.storage.clearTable({ tableName });
        for (const indexName of await vector.listIndexes()) await vector.deleteIndex({ indexName });
      },
      ingest: async (turn, scope) => {
        if (turn.text.trim() === '') return { facts: [] };
        const tenant = tenantOf(scope);
        await ensureThread(tenant);
        lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
        const message: MastraMessageV2 = {
          id: randomUUID(),
          role: 'user',
          createdAt: new Date(lastCreatedAt),
          threadId: threadIdOf(tenant),
          resourceId: tenant,
          type: 'v2',
          content: {
            format: 2,
            parts: [{ type: 'text', text: turn.text }],
            content: turn.text,
            ...(turn.time ? { metadata: { time: turn.time } } : {}),
          },
        };
        await opened().memory.saveMessages({ messages: [message], format: 'v2' });
        return { facts: [{ text: turn.text }] };
      },
      query: async (question, scope) => {
        if (question.trim() === '') return { text: '', candidates: [] };
        const tenant = tenantOf(scope);
        const { messagesV2 } = await opened().memory.rememberMessages({
          threadId: threadIdOf(tenant),
          resourceId: tenant,
          vectorMessageSearch: question,
        });
        // Mastra hands back the recalled messages in conversation order and keeps the vector scores
        // to itself, so the candidates are the top-k set, unscored and not ranked within it.
        const candidates = messagesV2.map((message) => ({ text: render(message), id: message.id }));
        return { text: candidates.map((c) => c.text).join('\n'), candidates };
      },
      dump: async (scope) => {
        const tenant = tenantOf(scope);
        const { messagesV2 } = await opened().memory.query({
          threadId: threadIdOf(tenant),
          resourceId: tenant,
          selectBy: { last: LIST_ALL },
        });
        return messagesV2.map(render).join('\n');
      },
    };
  },
};

export default mastra;
