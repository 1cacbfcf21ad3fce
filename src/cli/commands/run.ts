// `threadline run`: drive one adapter over a corpus, store the results, print the report.
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolveAdapter, withPlayedCorpus } from '../../adapter/registry.js';
import { ThreadlineError } from '../../errors.js';
import { outcomeChanges } from '../../report/determinism.js';
import { buildExport } from '../../report/export.js';
import { exportJsonChunks } from '../../report/export-json.js';
import { renderJunit } from '../../report/junit.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderRunReport } from '../../report/terminal.js';
import type { ProbeName, ProbeSpec } from '../../run/probes.js';
import { parseShard, type Shard } from '../../run/shard.js';
import type { RunMode, RunRecord, RunScope } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { progressReporter } from '../progress.js';
import { runOne, type RunOutcome } from '../run-one.js';
import {
  addEfficiencyOptions, dbOption, efficiencyOptions, gradingOption, loadRunnableCorpus, parseAdapterConfig, parsePositiveInt, parseRate, writeOutput,
  type EfficiencyFlags,
} from '../shared.js';

interface RunFlags extends EfficiencyFlags {
  adapter?: string;
  adapterConfig?: string;
  mode: RunMode;
  scope: RunScope;
  grading: string;
  timeout: number;
  db: string;
  json?: string;
  md?: string;
  junit?: string;
  resume?: string;
  minPassRate?: number;
  probe?: ProbeName[];
  readAdapter?: string;
  readAdapterConfig?: string;
  repeat: number;
  keepData?: boolean;
  quiet?: boolean;
  concurrency: number;
  shard?: Shard;
}

interface RecordedProbe {
  name: ProbeName;
  adapterSpec: string;
  config: Record<string, unknown>;
}

export function registerRun(program: Command): void {
  const command = program
    .command('run')
    .description('run an adapter over a corpus and store the results')
    .argument('[corpus]', "story file or directory (default: the resumed run's corpus, else corpus/)")
    .option('-a, --adapter <name|path>', 'built-in adapter name (see `threadline adapters`) or path to an adapter module')
    .option('--adapter-config <json|file>', 'adapter configuration as a JSON object or a JSON file')
    .addOption(new Option('-m, --mode <mode>', 'isolated: reset before each story; cumulative: one store for all stories').choices(['isolated', 'cumulative']).default('isolated'))
    .addOption(new Option('-s, --scope <scope>', 'none: no hint whose story a call is for; story: a tenant id per story').choices(['none', 'story']).default('none'))
    .addOption(gradingOption())
    .option('--timeout <ms>', 'timeout for every adapter call, in milliseconds', parsePositiveInt('--timeout'), 30_000)
    .addOption(new Option('--probe <name...>', 'property probes: persistence (P1: reopen a new instance on the same data), model-independence (P6: read through --read-adapter)').choices(['persistence', 'model-independence']))
    .option('--read-adapter <name|path>', 'model-independence probe: the reader adapter (default: the same adapter, a fresh instance)')
    .option('--read-adapter-config <json|file>', 'model-independence probe: the reader configuration (default: the run\'s)')
    .option('--repeat <k>', 'run the same configuration k times and report questions whose outcome changed', parsePositiveInt('--repeat'), 1)
    .addOption(dbOption())
    .option('--json <file>', 'write the run export (JSON, versioned schema) to this file')
    .option('--md <file>', 'write a Markdown report to this file')
    .option('--junit <file>', 'write JUnit XML (one test case per question) to this file')
    .option('--resume <run-id>', 'finish an interrupted run without redoing its finished stories')
    .option('--min-pass-rate <rate>', 'exit 1 when the CP8 question pass rate is below this (0–1 or %)', parseRate)
    .option('--keep-data', "keep the adapter's data directory after the run")
    .option('--concurrency <n>', 'isolated mode: stories played at once, each worker with its own adapter instance and data directory', parsePositiveInt('--concurrency'), 1)
    .option('--shard <i/n>', 'isolated mode: play only the i-th of n deterministic slices of the corpus (join them with `threadline merge`)', parseShardFlag)
    .option('-q, --quiet', 'no progress output');
  addEfficiencyOptions(command).action(async (corpusArg: string | undefined, flags: RunFlags) => {
    const store = openResultsStore(flags.db);
    try {
      const resume = flags.resume ? store.getRun(flags.resume) : undefined;
      if (flags.resume && !resume) throw new CliExit(EXIT.usage, `no run "${flags.resume}" in ${flags.db}`);
      const adapterSpec = resume?.adapterSpec ?? flags.adapter;
      if (!adapterSpec) throw new CliExit(EXIT.usage, 'missing --adapter <name|path> (see `threadline adapters`)');
      const corpusPath = corpusArg ?? resume?.corpusPath ?? 'corpus';
      const adapterConfig = resume?.adapterConfig ?? withPlayedCorpus(adapterSpec, parseAdapterConfig(flags.adapterConfig), corpusPath);
      const recordedProbes = resume ? ((resume.options.probes as RecordedProbe[] | undefined) ?? []) : probeRequests(flags, adapterSpec, adapterConfig);
      const mode = resume?.mode ?? flags.mode;
      if (flags.shard && mode === 'cumulative') throw new CliExit(EXIT.usage, 'a cumulative run cannot be sharded: its stories share one store, in order (split a bench by --adapters instead)');
      if (flags.concurrency > 1 && mode === 'cumulative') process.stderr.write('threadline: note: cumulative mode runs serially (one store, in corpus order); --concurrency applies to isolated runs\n');
      if (flags.concurrency > 1 && mode === 'isolated' && recordedProbes.length > 0) throw new CliExit(EXIT.usage, 'property probes run with one worker: drop --concurrency or --probe');
      const { corpus } = await loadRunnableCorpus(corpusPath);
      const probes = await resolveProbes(recordedProbes);
      const outcomes: RunOutcome[] = [];
      for (let i = 0; i < (resume ? 1 : flags.repeat); i++) {
        outcomes.push(
          await runOne({
            corpus,
            corpusPath,
            adapterSpec,
            adapterConfig,
            mode,
            scope: resume?.scope ?? flags.scope,
            grading: resume?.grading ?? flags.grading,
            timeoutMs: resume?.timeoutMs ?? flags.timeout,
            store,
            dbPath: flags.db,
            emit: progressReporter({ quiet: flags.quiet, label: flags.repeat > 1 ? `repeat ${i + 1}/${flags.repeat}` : undefined }),
            keepData: flags.keepData,
            resume,
            probes,
            extra: { probes: recordedProbes, ...(flags.repeat > 1 ? { repeat: i + 1, of: flags.repeat } : {}) },
            summary: efficiencyOptions(flags),
            concurrency: flags.concurrency,
            shard: resume ? undefined : flags.shard,
          }),
        );
      }
      const outcome = outcomes[0];
      process.stdout.write(`${renderRunReport(outcome.stored, outcome.summary)}\n`);
      const changes = outcomes.length > 1 ? outcomeChanges(outcomes.map((o) => o.stored)) : undefined;
      if (changes) process.stdout.write(`${determinismReport(outcomes.map((o) => o.run), changes)}\n`);
      if (flags.json) {
        if (!flags.quiet) process.stderr.write(`export: writing ${flags.json}\n`);
        const exported = { ...buildExport(outcome.stored, outcome.summary), ...(changes ? { determinism: { runs: outcomes.map((o) => o.run.id), changed: changes } } : {}) };
        await writeOutput(flags.json, exportJsonChunks(exported));
      }
      if (flags.md) await writeOutput(flags.md, renderMarkdown(outcome.stored, outcome.summary));
      if (flags.junit) await writeOutput(flags.junit, renderJunit(outcome.stored));
      const incomplete = outcomes.find((o) => o.run.status !== 'complete');
      if (incomplete) throw new CliExit(EXIT.failed, `run ${incomplete.run.id} ${incomplete.run.status}: ${incomplete.run.error ?? ''}`);
      if (flags.minPassRate !== undefined && outcome.summary.questions.rate < flags.minPassRate) {
        throw new CliExit(EXIT.failed, `pass rate ${(outcome.summary.questions.rate * 100).toFixed(1)}% is below --min-pass-rate ${(flags.minPassRate * 100).toFixed(1)}%`);
      }
      if (changes && changes.length > 0) throw new CliExit(EXIT.failed, `${changes.length} question(s) changed outcome across ${outcomes.length} repeats: the layer is not deterministic`);
    } finally {
      store.close();
    }
  });
}

function parseShardFlag(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function probeRequests(flags: RunFlags, adapterSpec: string, adapterConfig: Record<string, unknown>): RecordedProbe[] {
  if ((flags.readAdapter || flags.readAdapterConfig) && !flags.probe?.includes('model-independence')) {
    throw new CliExit(EXIT.usage, '--read-adapter and --read-adapter-config need --probe model-independence');
  }
  return (flags.probe ?? []).map((name) =>
    name === 'persistence'
      ? { name, adapterSpec, config: adapterConfig }
      : { name, adapterSpec: flags.readAdapter ?? adapterSpec, config: flags.readAdapterConfig ? parseAdapterConfig(flags.readAdapterConfig) : adapterConfig },
  );
}

async function resolveProbes(recorded: RecordedProbe[]): Promise<ProbeSpec[]> {
  try {
    return await Promise.all(recorded.map(async (p) => ({ name: p.name, adapter: await resolveAdapter(p.adapterSpec), config: p.config })));
  } catch (error) {
    if (error instanceof ThreadlineError) throw new CliExit(EXIT.usage, error.message);
    throw error;
  }
}

function determinismReport(runs: RunRecord[], changes: ReturnType<typeof outcomeChanges>): string {
  const head = `determinism: ${runs.length} repeats (${runs.map((r) => r.id).join(', ')}): ${changes.length === 0 ? 'every outcome identical' : `${changes.length} question(s) changed outcome`}`;
  return [head, ...changes.slice(0, 30).map((c) => `  ${c.questionId} [${c.phase}] ${c.outcomes.join(' → ')}: ${c.question}`)].join('\n');
}
