// defineAdapter: the typed way to write an adapter. The config schema both documents the adapter's
// options and types `create`'s argument; a plain object with the same fields works too.
import type { z } from 'zod';
import type { AdapterConfig, AdapterDefinition, MemoryAdapter, SystemIdentity } from './contract.js';

export interface AdapterSpec<Schema extends z.ZodType> {
  name: string;
  version: string;
  description?: string;
  llmInLoop?: boolean;
  persistent?: boolean;
  configSchema?: Schema;
  create(config: z.output<Schema>): MemoryAdapter;
  identify?(config: z.output<Schema>): SystemIdentity;
}

export function defineAdapter<Schema extends z.ZodType = z.ZodType<AdapterConfig>>(spec: AdapterSpec<Schema>): AdapterDefinition {
  return { ...spec, description: spec.description ?? '' } as AdapterDefinition;
}
