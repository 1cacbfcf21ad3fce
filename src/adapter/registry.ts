// The built-in adapters, and loading a user's adapter module from a path.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ThreadlineError } from '../errors.js';
import type { AdapterConfig, AdapterDefinition } from './contract.js';

type Loader = () => Promise<{ default: AdapterDefinition }>;

interface BuiltIn {
  load: Loader;
  /** Only for the harness's own tests; not part of `bench`. */
  testOnly?: boolean;
  /** Drives an external system named in its config (a process, a URL); not part of `bench`. */
  needsConfig?: boolean;
  /** A real open-source memory layer (slower, heavier): part of `bench --all`, not of plain `bench`. */
  realSystem?: boolean;
  /** Guesses from the statistics of the corpus being played: its config defaults to that corpus. */
  readsCorpus?: boolean;
  /**
   * A second configuration that reads the store this adapter wrote, for the model-independence
   * probe (P6): the memory must not be tied to the configuration that wrote it.
   */
  secondReader?: SecondReader;
}

export interface SecondReader {
  config: Record<string, unknown>;
  /** What differs from the writer, in words. */
  note: string;
}

const WIDER_READ: SecondReader = { config: { k: 10 }, note: 'the same store read back with k = 10 instead of the default 5' };

export const BUILT_IN_ADAPTERS: Record<string, BuiltIn> = {
  null: { load: () => import('../../adapters/null.js') },
  'full-context': { load: () => import('../../adapters/full-context.js') },
  'recent-window': { load: () => import('../../adapters/recent-window.js') },
  'sqlite-fts': { load: () => import('../../adapters/sqlite-fts.js'), secondReader: WIDER_READ },
  reference: { load: () => import('../../adapters/reference.js') },
  vector: { load: () => import('../../adapters/vector.js'), secondReader: WIDER_READ },
  hybrid: {
    load: () => import('../../adapters/hybrid.js'),
    secondReader: { config: { depth: 20, rrfK: 10 }, note: 'the same store read back with a different fusion (depth 20, RRF K = 10)' },
  },
  langgraph: { load: () => import('../../adapters/langgraph.js'), realSystem: true },
  llamaindex: { load: () => import('../../adapters/llamaindex.js'), realSystem: true },
  mem0: { load: () => import('../../adapters/mem0.js'), realSystem: true },
  mastra: { load: () => import('../../adapters/mastra.js'), realSystem: true },
  stdio: { load: () => import('../../adapters/stdio.js'), needsConfig: true },
  http: { load: () => import('../../adapters/http.js'), needsConfig: true },
  mcp: { load: () => import('../../adapters/mcp.js'), needsConfig: true },
  prior: { load: () => import('../../adapters/prior.js'), readsCorpus: true },
  oracle: { load: () => import('../../adapters/oracle.js'), testOnly: true },
};

/** A built-in that reads corpus statistics gets the played corpus unless its config names one. */
export function withPlayedCorpus(spec: string, config: AdapterConfig, corpusPath: string): AdapterConfig {
  return BUILT_IN_ADAPTERS[spec]?.readsCorpus && config.corpus === undefined ? { ...config, corpus: corpusPath } : config;
}

const definitionShape = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().default(''),
  llmInLoop: z.boolean().optional(),
  persistent: z.boolean().optional(),
  create: z.custom<AdapterDefinition['create']>((v) => typeof v === 'function', 'must be a function (config) => adapter'),
});

export function isAdapterPath(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/') || /\.(m?[jt]s)$/.test(spec);
}

export async function resolveAdapter(spec: string): Promise<AdapterDefinition> {
  if (!isAdapterPath(spec)) {
    const builtIn = BUILT_IN_ADAPTERS[spec];
    if (!builtIn) {
      throw new ThreadlineError('UNKNOWN_ADAPTER', `unknown adapter "${spec}"; built-ins: ${Object.keys(BUILT_IN_ADAPTERS).join(', ')} (or give a path to a module)`);
    }
    return (await builtIn.load()).default;
  }
  const file = path.resolve(spec);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ThreadlineError('ADAPTER_LOAD_FAILED', `cannot load adapter module ${spec}: ${(error as Error).message}`);
  }
  const parsed = definitionShape.safeParse(mod.default);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'default export'}: ${i.message}`).join('; ');
    throw new ThreadlineError('ADAPTER_INVALID', `adapter module ${spec} must default-export { name, version, description, create(config) }: ${problems}`);
  }
  return { ...(mod.default as AdapterDefinition), description: parsed.data.description };
}
