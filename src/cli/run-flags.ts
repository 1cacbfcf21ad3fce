// The command-line face of the run configuration (src/config/run-config.ts): each flag names the
// config key it sets, and its default and choices come from the schema, never from here.
import { type Command, Option } from 'commander';
import {
  ENCODINGS,
  ISOLATION_MODES,
  MODES,
  MAX_CONCURRENCY,
  parseRunConfig,
  PROBES,
  RUN_DEFAULTS,
  SCOPES,
  storableConfig,
  type RunConfigInput,
  type StoredRunConfig,
} from '../config/run-config.js';
import { hasRedactedValues } from '../adapter/secrets.js';
import { parseShard } from '../run/shard.js';
import { ThreadlineError } from '../errors.js';
import { GRADING_RULES } from '../grading/rules.js';
import { budgetFlag, budgetOption, gradingOption, parseAdapterConfig, parsePositiveInt, parseTimeout } from './shared.js';

export interface RunConfigFlags {
  config?: string;
  adapter?: string;
  adapterConfig?: string;
  mode: string;
  scope: string;
  grading: string;
  budget: number | null;
  timeout: number;
  isolate: string;
  probe?: string[];
  readAdapter?: string;
  readAdapterConfig?: string;
  keepData?: boolean;
  label?: string;
  concurrency: number;
  shard?: string;
  gamma: string;
  encoding: string;
  answerTokens: number;
}

/** Flag (commander attribute name) → the config value it sets: to compare with a resumed run, to override a config file. */
const FLAG_VALUES: Record<string, (c: StoredRunConfig) => unknown> = {
  adapter: (c) => c.adapter,
  adapterConfig: (c) => c.adapterConfig,
  mode: (c) => c.mode,
  scope: (c) => c.scope,
  grading: (c) => c.grading,
  budget: (c) => c.budget,
  timeout: (c) => c.timeoutMs,
  isolate: (c) => c.isolate,
  probe: (c) => c.probes.map((p) => p.name),
  keepData: (c) => c.keepData,
  concurrency: (c) => c.concurrency,
  shard: (c) => c.shard,
  label: (c) => c.label,
  gamma: (c) => c.efficiency.gamma,
  encoding: (c) => c.efficiency.encoding,
  answerTokens: (c) => c.efficiency.answerTokens,
};

/** The config keys each flag sets, for a flag given on the command line over a config file's value. */
const FLAG_KEYS: Record<string, (keyof RunConfigInput)[]> = {
  adapter: ['adapter'],
  adapterConfig: ['adapterConfig'],
  mode: ['mode'],
  scope: ['scope'],
  grading: ['grading'],
  budget: ['budget'],
  timeout: ['timeoutMs'],
  isolate: ['isolate'],
  probe: ['probes'],
  readAdapter: ['probes'],
  readAdapterConfig: ['probes'],
  keepData: ['keepData'],
  concurrency: ['concurrency'],
  shard: ['shard'],
  label: ['label'],
};
const EFFICIENCY_FLAGS = { gamma: 'gamma', encoding: 'encoding', answerTokens: 'answerTokens' } as const;

/** A config file's settings, with every flag given on the command line taking precedence. */
export function mergeFlagsOverFile(
  command: Command,
  file: RunConfigInput,
  corpusArg: string | undefined,
  flags: RunConfigFlags,
): RunConfigInput {
  const fromFlags = configFromFlags(corpusArg ?? file.corpus ?? RUN_DEFAULTS.corpus, {
    ...flags,
    adapter: flags.adapter ?? (typeof file.adapter === 'string' ? file.adapter : 'file'),
  });
  const merged: Record<string, unknown> = { ...file, corpus: corpusArg ?? file.corpus };
  if (typeof file.adapter !== 'string' && !flags.adapter) merged.adapter = file.adapter;
  for (const [flag, keys] of Object.entries(FLAG_KEYS)) {
    if (command.getOptionValueSource(flag) === 'cli') for (const key of keys) merged[key] = fromFlags[key];
  }
  const efficiency: Record<string, unknown> = { ...file.efficiency };
  for (const [flag, key] of Object.entries(EFFICIENCY_FLAGS))
    if (command.getOptionValueSource(flag) === 'cli') efficiency[key] = fromFlags.efficiency?.[key];
  merged.efficiency = efficiency;
  return merged as RunConfigInput;
}

export function addRunConfigOptions(command: Command): Command {
  return command
    .option(
      '-c, --config <file>',
      'a run configuration module (threadline.config.ts: export default defineConfig({...})); flags given override it',
    )
    .option(
      '-a, --adapter <name|path|package>',
      'built-in adapter name (see `threadline adapters`), a module path, or an installed package',
    )
    .option('--adapter-config <json|file>', "adapter configuration as a JSON object or a JSON file (checked against the adapter's schema)")
    .addOption(
      new Option('-m, --mode <mode>', 'isolated: reset before each story; cumulative: one store for all stories')
        .choices(MODES)
        .default(RUN_DEFAULTS.mode),
    )
    .addOption(
      new Option('-s, --scope <scope>', 'none: no hint whose story a call is for; story: a tenant id per story')
        .choices(SCOPES)
        .default(RUN_DEFAULTS.scope),
    )
    .addOption(gradingOption())
    .addOption(budgetOption())
    .option('--timeout <ms>', 'timeout for every adapter call, in milliseconds', parseTimeout(), RUN_DEFAULTS.timeoutMs)
    .addOption(
      new Option(
        '--isolate <mode>',
        'process: run the adapter module in a child process that a timeout can kill (contains while(true), process.exit, crashes)',
      )
        .choices(ISOLATION_MODES)
        .default(RUN_DEFAULTS.isolate),
    )
    .addOption(
      new Option(
        '--probe <name...>',
        'property probes: persistence (P1: reopen a new instance on the same data), model-independence (P6: read through --read-adapter)',
      ).choices(PROBES),
    )
    .option('--read-adapter <name|path>', 'model-independence probe: the reader adapter (default: the same adapter, a fresh instance)')
    .option('--read-adapter-config <json|file>', "model-independence probe: the reader configuration (default: the run's)")
    .option('--keep-data', "keep the adapter's data directory after the run")
    .option(
      '--concurrency <n>',
      'isolated mode: stories played at once, each worker with its own adapter instance and data directory (an in-process adapter runs in a child process per worker)',
      parsePositiveInt('--concurrency', MAX_CONCURRENCY),
      1,
    )
    .option(
      '--shard <i/n>',
      'isolated mode: play only the i-th of n deterministic slices of the corpus (join them with `threadline merge`)',
    )
    .option('--label <name>', 'name this configuration variant: its own row in report --list, compare and the leaderboard')
    .option('--gamma <model@hardware>', 'γ profile for PTE (see docs; e.g. llama-3.1-70b@a100)', RUN_DEFAULTS.efficiency.gamma)
    .addOption(
      new Option('--encoding <name>', 'BPE tokenizer for token counts').choices(ENCODINGS).default(RUN_DEFAULTS.efficiency.encoding),
    )
    .option(
      '--answer-tokens <n>',
      'declared answer length D for read-PTE',
      parsePositiveInt('--answer-tokens'),
      RUN_DEFAULTS.efficiency.answerTokens,
    );
}

export function configFromFlags(corpus: string, flags: RunConfigFlags): RunConfigInput {
  if (!flags.adapter) throw new ThreadlineError('USAGE', 'missing --adapter <name|path|package> (see `threadline adapters`)');
  if ((flags.readAdapter || flags.readAdapterConfig) && !flags.probe?.includes('model-independence')) {
    throw new ThreadlineError('USAGE', '--read-adapter and --read-adapter-config need --probe model-independence');
  }
  return {
    corpus,
    adapter: flags.adapter,
    adapterConfig: parseAdapterConfig(flags.adapterConfig),
    mode: flags.mode as RunConfigInput['mode'],
    scope: flags.scope as RunConfigInput['scope'],
    grading: flags.grading as RunConfigInput['grading'],
    budget: budgetFlag(flags.budget),
    timeoutMs: flags.timeout,
    isolate: flags.isolate as RunConfigInput['isolate'],
    label: flags.label,
    keepData: flags.keepData ?? false,
    concurrency: flags.concurrency,
    shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
    probes: (flags.probe ?? []).map((name) =>
      name === 'model-independence'
        ? {
            name,
            adapter: flags.readAdapter,
            adapterConfig: flags.readAdapterConfig ? parseAdapterConfig(flags.readAdapterConfig) : undefined,
          }
        : { name: name as 'persistence' },
    ),
    efficiency: { gamma: flags.gamma, encoding: flags.encoding as 'o200k_base', answerTokens: flags.answerTokens },
  };
}

/**
 * A resumed run keeps the configuration it recorded. A flag given on the command line that says
 * otherwise is refused, never silently ignored.
 */
export function refuseChangedFlags(command: Command, flags: RunConfigFlags, stored: StoredRunConfig, runId: string): void {
  const given = storableConfig(parseRunConfig(configFromFlags(stored.corpus, { ...flags, adapter: flags.adapter ?? stored.adapter })));
  for (const [flag, valueOf] of Object.entries(FLAG_VALUES)) {
    if (command.getOptionValueSource(flag) !== 'cli') continue;
    const [wanted, recorded] = [valueOf(given), valueOf(stored)];
    // An adapter config is recorded with its defaults filled in: the keys given must match.
    const same =
      flag === 'adapterConfig'
        ? Object.entries(wanted as Record<string, unknown>).every(([k, v]) => {
            const was = (recorded as Record<string, unknown>)[k];
            // A secret was stored redacted: the one given again stands in for it.
            return JSON.stringify(v) === JSON.stringify(was) || hasRedactedValues(was);
          })
        : JSON.stringify(wanted) === JSON.stringify(recorded);
    if (!same) {
      const name = flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      throw new ThreadlineError(
        'RESUME_CONFLICT',
        `--${name} ${JSON.stringify(wanted)} differs from run ${runId}'s ${JSON.stringify(recorded)}; a resumed run keeps the configuration it started with`,
      );
    }
  }
}
