// `threadline run`: drive one adapter over a corpus, store the results, print the report.
import type { Command } from 'commander';
import { playRun, prepareAdapter, summarizeExecuted, type RunOutcome } from '../../api/execute-run.js';
import type { Corpus } from '../../corpus/model.js';
import { collectGarbage, collectingAtPhases } from '../collect-garbage.js';
import { recordedConfig } from '../../config/recorded-config.js';
import { findConfigFile, loadConfigFile } from '../../config/load-config-file.js';
import { parseRunConfig, RUN_DEFAULTS, type RunConfig, type RunConfigInput } from '../../config/run-config.js';
import { ThreadlineError } from '../../errors.js';
import { outcomeChanges } from '../../report/determinism.js';
import { storedExportChunks } from '../../report/export.js';
import { renderJunit } from '../../report/junit.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderRunReport } from '../../report/terminal.js';
import type { RunRecord } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { progressReporter } from '../progress.js';
import { addRunConfigOptions, configFromFlags, mergeFlagsOverFile, refuseChangedFlags, type RunConfigFlags } from '../run-flags.js';
import {
  addCorpusLimitOptions,
  adapterDataRoot,
  corpusLimits,
  dbOption,
  loadRunnableCorpus,
  parseAdapterConfig,
  parsePositiveInt,
  parseRate,
  writeOutput,
  type CorpusLimitFlags,
} from '../shared.js';
import { hasRedactedValues } from '../../adapter/secrets.js';
import { handleInterrupts } from '../interrupts.js';
import { printOut } from '../output.js';

interface RunFlags extends RunConfigFlags, CorpusLimitFlags {
  db: string;
  json?: string;
  md?: string;
  junit?: string;
  resume?: string;
  minPassRate?: number;
  repeat: number;
  quiet?: boolean;
  wide?: boolean;
}

export function registerRun(program: Command): void {
  const command = program
    .command('run')
    .description('run an adapter over a corpus and store the results')
    .argument('[corpus]', "story file or directory (default: the resumed run's corpus, else corpus/)");
  addCorpusLimitOptions(addRunConfigOptions(command))
    .option(
      '--repeat <k>',
      'run the same configuration k times and report questions whose outcome changed',
      parsePositiveInt('--repeat'),
      1,
    )
    .addOption(dbOption())
    .option('--json <file>', 'write the run export (JSON, versioned schema) to this file')
    .option('--md <file>', 'write a Markdown report to this file')
    .option('--junit <file>', 'write JUnit XML (one test case per question) to this file')
    .option('--resume <run-id>', 'finish an interrupted run with the configuration it recorded, without redoing its finished stories')
    .option('--min-pass-rate <rate>', 'exit 1 when the CP8 question pass rate is below this (0–1 or %)', parseRate)
    .option('-q, --quiet', 'no progress output')
    .option('--wide', 'show every summary column (wider than 120 characters)')
    .action(async (corpusArg: string | undefined, flags: RunFlags, cmd: Command) => {
      const config = flags.resume ? undefined : parseRunConfig(await configInput(cmd, corpusArg, flags));
      // A bad adapter, adapter config or γ profile stops here, before a store is opened or a run recorded.
      if (config) await prepareAdapter(config);
      const store = openResultsStore(flags.db);
      const stopHandlingInterrupts = handleInterrupts(flags.db);
      try {
        const resume = flags.resume ? store.getRun(flags.resume) : undefined;
        if (flags.resume && !resume) throw new ThreadlineError('USAGE', `no run "${flags.resume}" in ${flags.db}`);
        let runConfig: RunConfig;
        if (resume) {
          const stored = recordedConfig(resume);
          refuseChangedFlags(cmd, flags, stored, resume.id);
          if (cmd.getOptionValueSource('repeat') === 'cli')
            throw new ThreadlineError('RESUME_CONFLICT', '--repeat cannot be combined with --resume: a resumed run is one run');
          runConfig = parseRunConfig({
            ...stored,
            corpus: corpusArg ?? stored.corpus,
            adapterConfig: resumedAdapterConfig(resume.id, stored.adapterConfig, flags.adapterConfig),
          });
        } else {
          runConfig = config!;
        }
        if (runConfig.shard && runConfig.mode === 'cumulative') {
          throw new ThreadlineError(
            'USAGE',
            'a cumulative run cannot be sharded: its stories share one store, in order (split a bench by --adapters instead)',
          );
        }
        if (runConfig.concurrency > 1 && runConfig.mode === 'cumulative')
          process.stderr.write(
            'threadline: note: cumulative mode runs serially (one store, in corpus order); --concurrency applies to isolated runs\n',
          );
        if (runConfig.concurrency > 1 && runConfig.mode === 'isolated' && runConfig.probes.length > 0)
          throw new ThreadlineError('USAGE', 'property probes run with one worker: drop --concurrency or --probe');
        // Let go of the corpus before the last summary: a 10,000-story corpus is ~200 MB of heap.
        let corpus: Corpus | undefined = (await loadRunnableCorpus(runConfig.corpus, corpusLimits(flags))).corpus;
        const outcomes: RunOutcome[] = [];
        const repeats = resume ? 1 : flags.repeat;
        for (let i = 0; i < repeats; i++) {
          const emit = collectingAtPhases(
            progressReporter({ quiet: flags.quiet, label: repeats > 1 ? `repeat ${i + 1}/${repeats}` : undefined }),
          );
          collectGarbage();
          const played = await playRun({
            config: runConfig,
            corpus: corpus as Corpus,
            store,
            dataRoot: adapterDataRoot(flags.db),
            emit,
            resume,
            extra: repeats > 1 ? { repeat: i + 1, of: repeats } : {},
          });
          if (i === repeats - 1) corpus = undefined;
          outcomes.push(await summarizeExecuted(played, { config: runConfig, store, emit }));
        }
        const outcome = outcomes[0];
        printOut(`${renderRunReport(outcome.stored, outcome.summary, { wide: flags.wide })}\n`);
        const changes = outcomes.length > 1 ? outcomeChanges(outcomes.map((o) => o.stored)) : undefined;
        if (changes)
          printOut(
            `${determinismReport(
              outcomes.map((o) => o.run),
              changes,
            )}\n`,
          );
        if (flags.json) {
          const extra = changes ? { determinism: { runs: outcomes.map((o) => o.run.id), changed: changes } } : {};
          if (!flags.quiet) process.stderr.write(`export: writing ${flags.json}\n`);
          // Written story by story straight from the store.
          await writeOutput(flags.json, storedExportChunks(store, { ...outcome, outline: outcome.stored }, extra));
        }
        if (flags.md) await writeOutput(flags.md, renderMarkdown(outcome.stored, outcome.summary));
        if (flags.junit) await writeOutput(flags.junit, renderJunit(store.loadRun(outcome.run.id)));
        const incomplete = outcomes.find((o) => o.run.status !== 'complete');
        if (incomplete)
          throw new ThreadlineError('RUN_INCOMPLETE', `run ${incomplete.run.id} ${incomplete.run.status}: ${incomplete.run.error ?? ''}`);
        if (flags.minPassRate !== undefined && outcome.summary.questions.rate < flags.minPassRate) {
          throw new ThreadlineError(
            'BELOW_MIN_PASS_RATE',
            `pass rate ${(outcome.summary.questions.rate * 100).toFixed(1)}% is below --min-pass-rate ${(flags.minPassRate * 100).toFixed(1)}%`,
          );
        }
        if (changes && changes.length > 0)
          throw new ThreadlineError(
            'NOT_DETERMINISTIC',
            `${changes.length} question(s) changed outcome across ${outcomes.length} repeats: the layer is not deterministic`,
          );
      } finally {
        stopHandlingInterrupts();
        store.close();
      }
    });
}

/** The flags, over a config file when one is named (or, without --adapter, found in the working directory). */
async function configInput(cmd: Command, corpusArg: string | undefined, flags: RunFlags): Promise<RunConfigInput> {
  const file = flags.config ?? (flags.adapter ? undefined : findConfigFile());
  if (!file) return configFromFlags(corpusArg ?? RUN_DEFAULTS.corpus, flags);
  return mergeFlagsOverFile(cmd, await loadConfigFile(file), corpusArg, flags);
}

function determinismReport(runs: RunRecord[], changes: ReturnType<typeof outcomeChanges>): string {
  const head = `determinism: ${runs.length} repeats (${runs.map((r) => r.id).join(', ')}): ${changes.length === 0 ? 'every outcome identical' : `${changes.length} question(s) changed outcome`}`;
  return [head, ...changes.slice(0, 30).map((c) => `  ${c.questionId} [${c.phase}] ${c.outcomes.join(' → ')}: ${c.question}`)].join('\n');
}

/** A resumed run's adapter config is the stored one, unless redaction took secrets out of it: then it must be given again. */
function resumedAdapterConfig(runId: string, stored: Record<string, unknown>, given: string | undefined): Record<string, unknown> {
  if (!hasRedactedValues(stored)) return stored;
  if (!given) {
    throw new ThreadlineError(
      'USAGE',
      `run ${runId}'s adapter config held secrets, which were not stored; give it again with --adapter-config (or use \${ENV_VAR} references)`,
    );
  }
  return parseAdapterConfig(given);
}
