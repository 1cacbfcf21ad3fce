// One typed run configuration: every option a run takes, with its default, in one zod schema.
// threadline.config.ts (defineConfig), the library's runBenchmark and the CLI flags read their
// defaults from here, and a run records the parsed configuration.
import { z } from 'zod';
import type { AdapterDefinition } from '../adapter/contract.js';
import { gammaFromProfile } from '../efficiency/gamma.js';
import { DEFAULT_EFFICIENCY } from '../efficiency/summary.js';
import { ThreadlineError } from '../errors.js';
import { DEFAULT_GRADING_RULE, GRADING_RULES, type GradingRuleName } from '../grading/rules.js';
import { DEFAULT_BUDGET } from '../grading/budget.js';

export const MODES = ['isolated', 'cumulative'] as const;
export const SCOPES = ['none', 'story'] as const;
export const ENCODINGS = ['o200k_base', 'cl100k_base'] as const;
export const PROBES = ['persistence', 'model-independence'] as const;
export const ISOLATION_MODES = ['in-process', 'process'] as const;
/** Node's timers overflow above 2^31−1 ms (and fire after 1 ms), so no timeout may exceed it. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Each worker of a parallel run is an adapter instance, for in-process adapters a child process with
 * its own libraries and models: more than this would exhaust memory before it saved time.
 */
export const MAX_CONCURRENCY = 64;

const adapterDefinition = z.custom<AdapterDefinition>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AdapterDefinition).create === 'function' &&
    typeof (v as AdapterDefinition).name === 'string',
  'must be an adapter definition (see defineAdapter)',
);

/** A built-in name, a module path, an installed package's name, or a definition made in code. */
const adapterRef = z.union([z.string().min(1), adapterDefinition]);

const probeConfig = z.strictObject({
  name: z.enum(PROBES),
  /** Model independence: the reader adapter (default: the run's own adapter, a fresh instance). */
  adapter: adapterRef.optional(),
  /** Model independence: the reader's config (default: the run's). */
  adapterConfig: z.record(z.string(), z.unknown()).optional(),
});

export const efficiencyConfigSchema = z.strictObject({
  /** γ profile for PTE, model@hardware. */
  gamma: z
    .string()
    .min(1)
    .default(DEFAULT_EFFICIENCY.gammaProfile)
    .superRefine((profile, ctx) => {
      try {
        gammaFromProfile(profile);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  encoding: z.enum(ENCODINGS).default(DEFAULT_EFFICIENCY.encoding),
  /** The declared answer length D for read-PTE. */
  answerTokens: z.number().int().positive().default(DEFAULT_EFFICIENCY.answerTokens),
});

export const RUN_DEFAULTS = {
  corpus: 'corpus',
  mode: 'isolated',
  scope: 'none',
  grading: DEFAULT_GRADING_RULE,
  budget: DEFAULT_BUDGET as number | null,
  timeoutMs: 30_000,
  isolate: 'in-process',
  efficiency: {
    gamma: DEFAULT_EFFICIENCY.gammaProfile,
    encoding: DEFAULT_EFFICIENCY.encoding,
    answerTokens: DEFAULT_EFFICIENCY.answerTokens,
  },
} as const;

export const runConfigSchema = z.strictObject({
  /** A story file or directory. */
  corpus: z.string().min(1).default(RUN_DEFAULTS.corpus),
  adapter: adapterRef,
  adapterConfig: z.record(z.string(), z.unknown()).default({}),
  /** isolated: reset before each story; cumulative: one store for all stories. */
  mode: z.enum(MODES).default(RUN_DEFAULTS.mode),
  /** none: no hint whose story a call is for; story: a tenant id per story. */
  scope: z.enum(SCOPES).default(RUN_DEFAULTS.scope),
  /** The CP8 grading rule. */
  grading: z.enum(Object.keys(GRADING_RULES) as [GradingRuleName, ...GradingRuleName[]]).default(RUN_DEFAULTS.grading),
  /** Answer budget: only the first N o200k tokens of each answer are graded for the headline; null: none. */
  budget: z.union([z.number().int().positive(), z.null()]).default(RUN_DEFAULTS.budget),
  /** Timeout for every adapter call, in milliseconds. */
  timeoutMs: z.number().int().positive().max(MAX_TIMEOUT_MS).default(RUN_DEFAULTS.timeoutMs),
  /** process: the adapter module runs in a child process a timeout can kill (contains while(true), process.exit, crashes). */
  isolate: z.enum(ISOLATION_MODES).default(RUN_DEFAULTS.isolate),
  /** A free-text label the run is listed and compared under. */
  label: z.string().min(1).optional(),
  /** Property probes (P1 persistence, P6 model independence). */
  probes: z.array(probeConfig).default([]),
  efficiency: efficiencyConfigSchema.prefault({}),
  /** Isolated mode: stories played at once, each worker with its own adapter instance and data directory. */
  concurrency: z.number().int().positive().max(MAX_CONCURRENCY).default(1),
  /** Isolated mode: play only the i-th of n deterministic slices of the corpus (join them with `threadline merge`). */
  shard: z
    .strictObject({ index: z.number().int().positive(), count: z.number().int().positive() })
    .refine((s) => s.index <= s.count, 'shard index must be at most its count')
    .optional(),
  /** Keep the adapter's data directory after the run. */
  keepData: z.boolean().default(false),
});

export type RunConfigInput = z.input<typeof runConfigSchema>;
export type RunConfig = z.output<typeof runConfigSchema>;

/** Types a threadline.config.ts (or a config object in code); runBenchmark validates it. */
export function defineConfig(config: RunConfigInput): RunConfigInput {
  return config;
}

export function parseRunConfig(input: unknown): RunConfig {
  const parsed = runConfigSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? `unknown option${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}`
        : `${i.path.join('.') || 'config'}: ${i.message}`,
    );
    throw new ThreadlineError('CONFIG_INVALID', `invalid run configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The configuration as a run records it: adapters by the spec that loads them again. */
export type StoredRunConfig = Omit<RunConfig, 'adapter' | 'probes'> & {
  adapter: string;
  probes: Array<{ name: RunConfig['probes'][number]['name']; adapter?: string; adapterConfig?: Record<string, unknown> }>;
};

const specOf = (ref: string | AdapterDefinition) => (typeof ref === 'string' ? ref : ref.name);

export function storableConfig(config: RunConfig): StoredRunConfig {
  return {
    ...config,
    adapter: specOf(config.adapter),
    probes: config.probes.map((p) => ({ ...p, adapter: p.adapter === undefined ? undefined : specOf(p.adapter) })),
  };
}
