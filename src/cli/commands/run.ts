// `threadline run`: drive one adapter over a corpus, store the results, print the summary.
import { Command, Option } from 'commander';
import { buildExport } from '../../report/export.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderRunReport } from '../../report/terminal.js';
import type { RunMode, RunScope } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { progressReporter } from '../progress.js';
import { runOne } from '../run-one.js';
import { dbOption, gradingOption, loadRunnableCorpus, parseAdapterConfig, parsePositiveInt, parseRate, writeOutput } from '../shared.js';

interface RunFlags {
  adapter?: string;
  adapterConfig?: string;
  mode: RunMode;
  scope: RunScope;
  grading: string;
  timeout: number;
  db: string;
  json?: string;
  md?: string;
  resume?: string;
  minPassRate?: number;
  keepData?: boolean;
  quiet?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run an adapter over a corpus and store the results')
    .argument('[corpus]', 'story file or directory (default: the resumed run\'s corpus, else corpus/)')
    .option('-a, --adapter <name|path>', 'built-in adapter name (see `threadline adapters`) or path to an adapter module')
    .option('--adapter-config <json|file>', 'adapter configuration as a JSON object or a JSON file')
    .addOption(new Option('-m, --mode <mode>', 'isolated: reset before each story; cumulative: one store for all stories').choices(['isolated', 'cumulative']).default('isolated'))
    .addOption(new Option('-s, --scope <scope>', 'none: no hint whose story a call is for; story: a tenant id per story').choices(['none', 'story']).default('none'))
    .addOption(gradingOption())
    .option('--timeout <ms>', 'timeout for every adapter call, in milliseconds', parsePositiveInt('--timeout'), 30_000)
    .addOption(dbOption())
    .option('--json <file>', 'write the run export (JSON, versioned schema) to this file')
    .option('--md <file>', 'write a Markdown report to this file')
    .option('--resume <run-id>', 'finish an interrupted run without redoing its finished stories')
    .option('--min-pass-rate <rate>', 'exit 1 when the CP8 question pass rate is below this (0–1 or %)', parseRate)
    .option('--keep-data', 'keep the adapter\'s data directory after the run')
    .option('-q, --quiet', 'no progress output')
    .action(async (corpusArg: string | undefined, flags: RunFlags) => {
      const store = openResultsStore(flags.db);
      try {
        const resume = flags.resume ? store.getRun(flags.resume) : undefined;
        if (flags.resume && !resume) throw new CliExit(EXIT.usage, `no run "${flags.resume}" in ${flags.db}`);
        const adapterSpec = resume?.adapterSpec ?? flags.adapter;
        if (!adapterSpec) throw new CliExit(EXIT.usage, 'missing --adapter <name|path> (see `threadline adapters`)');
        const corpusPath = corpusArg ?? resume?.corpusPath ?? 'corpus';
        const { corpus } = await loadRunnableCorpus(corpusPath);
        const outcome = await runOne({
          corpus,
          corpusPath,
          adapterSpec,
          adapterConfig: resume?.adapterConfig ?? parseAdapterConfig(flags.adapterConfig),
          mode: resume?.mode ?? flags.mode,
          scope: resume?.scope ?? flags.scope,
          grading: resume?.grading ?? flags.grading,
          timeoutMs: resume?.timeoutMs ?? flags.timeout,
          store,
          dbPath: flags.db,
          emit: progressReporter({ quiet: flags.quiet }),
          keepData: flags.keepData,
          resume,
        });
        process.stdout.write(`${renderRunReport(outcome.stored, outcome.summary)}\n`);
        if (flags.json) await writeOutput(flags.json, `${JSON.stringify(buildExport(outcome.stored, outcome.summary), null, 2)}\n`);
        if (flags.md) await writeOutput(flags.md, renderMarkdown(outcome.stored, outcome.summary));
        if (outcome.run.status !== 'complete') throw new CliExit(EXIT.failed, `run ${outcome.run.id} ${outcome.run.status}: ${outcome.run.error ?? ''}`);
        if (flags.minPassRate !== undefined && outcome.summary.questions.rate < flags.minPassRate) {
          throw new CliExit(EXIT.failed, `pass rate ${(outcome.summary.questions.rate * 100).toFixed(1)}% is below --min-pass-rate ${(flags.minPassRate * 100).toFixed(1)}%`);
        }
      } finally {
        store.close();
      }
    });
}
