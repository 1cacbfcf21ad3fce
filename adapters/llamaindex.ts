// LlamaIndex driven as a system under test: one VectorStoreIndex per tenant, each turn inserted as a
// Document (tenant and clock in its metadata), a question answered by index.asRetriever with
// similarityTopK = k. Embeddings come from the shared local embedder; no LLM is set, so nothing can
// call one. The index persists with LlamaIndex's simple local stores under ctx.dataDir.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AdapterDefinition, Scope } from '../src/adapter/contract.js';
import { loadEmbedder } from './embeddings/load-embedder.js';
import { installedVersion } from './llamaindex/installed-version.js';
import type { LocalEmbedding } from './llamaindex/local-embedding.js';
import type { TenantIndex } from './llamaindex/tenant-index.js';

// index.asRetriever() retrieves 2 nodes unless told otherwise (LlamaIndex's DEFAULT_SIMILARITY_TOP_K).
const configSchema = z.object({ k: z.number().int().positive().default(2) });

const DEFAULT_TENANT = 'default';

/** A directory name for a tenant id: percent-encoded, and prefixed so '.' or '..' cannot escape. */
const tenantDirName = (tenant: string) => `t-${encodeURIComponent(tenant)}`;

const llamaindex: AdapterDefinition = {
  name: 'llamaindex',
  version: `llamaindex@${installedVersion('llamaindex')}`,
  description:
    "LlamaIndex VectorStoreIndex per tenant (local embedder), default retriever and chunking (config: k, default 2 as LlamaIndex's similarityTopK; persistent)",
  persistent: true,
  configSchema,
  create: (config) => {
    const { k } = configSchema.parse(config);
    let embedModel: LocalEmbedding | undefined;
    let root: string | undefined;
    const tenants = new Map<string, Promise<TenantIndex>>();

    const tenantIndex = (scope: Scope): Promise<TenantIndex> => {
      if (!embedModel || !root) throw new Error('llamaindex: open() was not called');
      const tenant = scope.tenant || DEFAULT_TENANT;
      const cached = tenants.get(tenant);
      if (cached) return cached;
      // Cached as a promise so concurrent first calls for a tenant open it once.
      const model = embedModel;
      const dir = path.join(root, tenantDirName(tenant));
      const opening = import('./llamaindex/tenant-index.js').then(({ TenantIndex }) => TenantIndex.open(dir, tenant, model));
      tenants.set(tenant, opening);
      // A failed open is not remembered: the next call tries again.
      opening.catch(() => {
        if (tenants.get(tenant) === opening) tenants.delete(tenant);
      });
      return opening;
    };

    return {
      open: async (ctx) => {
        root = path.join(ctx.dataDir, 'llamaindex');
        await mkdir(root, { recursive: true });
        // The embedder (and its TensorFlow backend) loads before llamaindex, as when both were static imports.
        const embedder = await loadEmbedder();
        const { LocalEmbedding } = await import('./llamaindex/local-embedding.js');
        embedModel = new LocalEmbedding(embedder);
      },
      close: async () => {
        tenants.clear();
        root = undefined;
      },
      reset: async () => {
        if (!root) throw new Error('llamaindex: open() was not called');
        // Let any tenant still opening settle before its files are removed.
        await Promise.allSettled(tenants.values());
        tenants.clear();
        await rm(root, { recursive: true, force: true });
        await mkdir(root, { recursive: true });
      },
      ingest: async (turn, scope) => {
        await (await tenantIndex(scope)).insert(turn.text, turn.time);
        return { facts: [{ text: turn.text }] };
      },
      query: async (question, scope) => {
        const candidates = await (await tenantIndex(scope)).retrieve(question, k);
        return { text: candidates.map((c) => c.text).join('\n'), candidates };
      },
      dump: async (scope) => (await (await tenantIndex(scope)).all()).join('\n'),
    };
  },
};

export default llamaindex;
