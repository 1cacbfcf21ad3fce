// `threadline bench` (npm run bench): every built-in adapter over the shipped corpus, in isolated
// and cumulative mode (scope none), each with the persistence probe (and the model-independence
// probe where the adapter offers a second reader), with a summary table and result files.
import path from 'node:path';
import { type Command, Option } from 'commander';
import { BUILT_IN_ADAPTERS } from '../../../adapters/index.js';
import { executeRun } from '../../api/execute-run.js';
import { collectingAtPhases } from '../collect-garbage.js';
import { MAX_CONCURRENCY, MODES, parseRunConfig, RUN_DEFAULTS, type RunConfigInput } from '../../config/run-config.js';
import { ThreadlineError } from '../../errors.js';
import { GRADING_RULES } from '../../grading/rules.js';
import { DEFAULT_BUDGET } from '../../grading/budget.js';
import { buildSummaryExport } from '../../report/export.js';
import { wideColumns } from '../../report/summary-columns.js';
import { renderSummaryTable, type SummaryRow } from '../../report/terminal.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { markdownCell } from '../../text/markup.js';
import { progressReporter } from '../progress.js';
import { adapterDataRoot, dbOption, loadRunnableCorpus, parsePositiveInt, parseTimeout, writeOutput } from '../shared.js';
import { printOut } from '../output.js';

interface BenchFlags {
  db: string;
  out?: string;
  publish?: boolean;
  adapters?: string[];
  all?: boolean;
  timeout: number;
  grading: string;
  concurrency: number;
  quiet?: boolean;
  wide?: boolean;
}

/** The baselines, and with `all` the real memory layers too; never test-only or config-needing ones. */
export function defaultBenchAdapters(all = false): string[] {
  return Object.entries(BUILT_IN_ADAPTERS)
    .filter(([, b]) => !b.testOnly && !b.needsConfig && (all || !b.realSystem))
    .map(([name]) => name);
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description(
      'run the built-in baselines (with --all also the real memory layers) over a corpus in isolated and cumulative mode (scope none) and summarise',
    )
    .argument('[corpus]', 'story file or directory', 'corpus')
    .option('--adapters <names...>', 'adapters to run (default: the built-in baselines)')
    .option('--all', 'also run the real memory layers (mem0, Mastra, LangGraph, LlamaIndex)')
    .option('--out <dir>', 'where to write the per-run summaries and BENCH.md (default: .threadline/, git-ignored)')
    .option('--publish', 'write them to the published results/ instead (what scripts/leaderboard.sh does)')
    .option('--timeout <ms>', 'timeout for every adapter call, in milliseconds', parseTimeout(), RUN_DEFAULTS.timeoutMs)
    .addOption(new Option('--grading <rule>', 'CP8 grading rule').choices(Object.keys(GRADING_RULES)).default(RUN_DEFAULTS.grading))
    .addOption(dbOption())
    .option(
      '--concurrency <n>',
      'isolated runs: stories played at once, one adapter instance (in-process adapters: one child process) per worker; cumulative runs stay serial',
      parsePositiveInt('--concurrency', MAX_CONCURRENCY),
      1,
    )
    .option('-q, --quiet', 'no progress output')
    .option('--wide', 'show every summary column (wider than 120 characters)')
    .action(async (corpusPath: string, flags: BenchFlags) => {
      const out = outputDir(flags);
      const { corpus } = await loadRunnableCorpus(corpusPath);
      const store = openResultsStore(flags.db);
      const rows: SummaryRow[] = [];
      try {
        for (const adapterSpec of flags.adapters ?? defaultBenchAdapters(flags.all)) {
          for (const mode of MODES) {
            const config = parseRunConfig({
              corpus: corpusPath,
              adapter: adapterSpec,
              mode,
              scope: 'none',
              grading: flags.grading,
              timeoutMs: flags.timeout,
              probes: benchProbes(adapterSpec),
              concurrency: mode === 'isolated' ? flags.concurrency : 1,
            });
            const outcome = await executeRun({
              config,
              corpus,
              store,
              dataRoot: adapterDataRoot(flags.db),
              emit: collectingAtPhases(progressReporter({ quiet: flags.quiet, label: `${adapterSpec}/${mode}` })),
            });
            rows.push({ run: outcome.run, summary: outcome.summary });
            const file = path.join(out, 'bench', `${outcome.run.adapterSpec}-${mode}.summary.json`);
            await writeOutput(file, `${JSON.stringify(buildSummaryExport(outcome.stored, outcome.summary), null, 2)}\n`);
          }
        }
      } finally {
        store.close();
      }
      const table = renderSummaryTable(rows, { wide: flags.wide });
      printOut(
        `\ncorpus ${corpusPath}: ${corpus.stories.length} stories, sha256 ${corpus.hash.slice(0, 16)}; scope none\ngrading ${flags.grading} within ${DEFAULT_BUDGET} tokens, strict unbudgeted beside it\n${table}\n`,
      );
      await writeOutput(path.join(out, 'BENCH.md'), benchMarkdown(corpusPath, corpus.hash, corpus.stories.length, flags.grading, rows));
      printOut(
        [
          'results:',
          `  store        ${flags.db}`,
          `  summaries    ${path.join(out, 'bench')}/*.summary.json, ${path.join(out, 'BENCH.md')}`,
          '  every answer threadline report <run-id> --format html (or json)',
          '',
        ].join('\n'),
      );
      const failed = rows.filter((r) => r.run.status !== 'complete');
      if (failed.length > 0)
        throw new ThreadlineError(
          'RUN_INCOMPLETE',
          `${failed.length} run(s) did not complete: ${failed.map((r) => `${r.run.adapterName}/${r.run.mode}`).join(', ')}`,
        );
    });
}

/**
 * Every bench row exercises P1: the persistence probe reopens a new instance on the same data (an
 * in-memory layer loses everything). P6 is probed where the adapter offers a second configuration
 * that reads what the first wrote.
 */
function benchProbes(adapterSpec: string): NonNullable<RunConfigInput['probes']> {
  const reader = BUILT_IN_ADAPTERS[adapterSpec]?.secondReader;
  return [{ name: 'persistence' }, ...(reader ? [{ name: 'model-independence' as const, adapterConfig: reader.config }] : [])];
}

export const PUBLISHED_RESULTS = 'results';
const LOCAL_RESULTS = '.threadline';

/** Where bench and leaderboard write: local unless --publish; --out wins over both. */
export function outputDir(flags: { out?: string; publish?: boolean }): string {
  return flags.out ?? (flags.publish ? PUBLISHED_RESULTS : LOCAL_RESULTS);
}

function benchMarkdown(corpusPath: string, hash: string, stories: number, grading: string, rows: SummaryRow[]): string {
  const columns = wideColumns(rows);
  const lines = [
    '# Threadline bench',
    '',
    `Corpus \`${corpusPath}\` (${stories} stories, sha256 \`${hash.slice(0, 16)}\`), grading rule \`${grading}\` within ${DEFAULT_BUDGET} tokens (strict, unbudgeted, beside it), scope \`none\`. Regenerate with \`npm run leaderboard\` (\`bench --all --publish\`).`,
    '',
    `| ${columns.map((c) => c.head).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${columns.map((c) => markdownCell(c.cell(row))).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
