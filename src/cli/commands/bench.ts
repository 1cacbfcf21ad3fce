// `threadline bench` (npm run bench): every built-in adapter over the shipped corpus, in isolated
// and cumulative mode (scope none), with a summary table and result files under results/.
import path from 'node:path';
import type { Command } from 'commander';
import { BUILT_IN_ADAPTERS, resolveAdapter, withPlayedCorpus } from '../../adapter/registry.js';
import { ThreadlineError } from '../../errors.js';
import { buildSummaryExport } from '../../report/export.js';
import { wideColumns } from '../../report/summary-columns.js';
import { renderSummaryTable, type SummaryRow } from '../../report/terminal.js';
import type { ProbeSpec } from '../../run/probes.js';
import type { RunMode } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { DEFAULT_GRADING_RULE } from '../../grading/rules.js';
import { DEFAULT_BUDGET } from '../../grading/budget.js';
import { progressReporter } from '../progress.js';
import { runOne } from '../run-one.js';
import { markdownCell } from '../../text/markup.js';
import { dbOption, loadRunnableCorpus, parsePositiveInt, writeOutput } from '../shared.js';

interface BenchFlags {
  db: string;
  out: string;
  adapters?: string[];
  all?: boolean;
  timeout: number;
  quiet?: boolean;
  wide?: boolean;
}

const MODES: RunMode[] = ['isolated', 'cumulative'];

/** The baselines, and with `all` the real memory layers too; never test-only or config-needing ones. */
export function defaultBenchAdapters(all = false): string[] {
  return Object.entries(BUILT_IN_ADAPTERS)
    .filter(([, b]) => !b.testOnly && !b.needsConfig && (all || !b.realSystem))
    .map(([name]) => name);
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('run the built-in baselines (with --all also the real memory layers) over a corpus in isolated and cumulative mode (scope none) and summarise; every run re-asks its questions through a restarted instance (P1 persistence) and, where the adapter offers a second reading configuration, through that (P6)')
    .argument('[corpus]', 'story file or directory', 'corpus')
    .option('--adapters <names...>', 'adapters to run (default: the built-in baselines)')
    .option('--all', 'also run the real memory layers (mem0, Mastra, LangGraph, LlamaIndex)')
    .option('--out <dir>', 'where to write the per-run JSON exports and BENCH.md', 'results')
    .option('--timeout <ms>', 'timeout for every adapter call, in milliseconds', parsePositiveInt('--timeout'), 30_000)
    .addOption(dbOption())
    .option('-q, --quiet', 'no progress output')
    .option('--wide', 'show every summary column (wider than 120 characters)')
    .action(async (corpusPath: string, flags: BenchFlags) => {
      const { corpus } = await loadRunnableCorpus(corpusPath);
      const store = openResultsStore(flags.db);
      const rows: SummaryRow[] = [];
      try {
        for (const adapterSpec of flags.adapters ?? defaultBenchAdapters(flags.all)) {
          const adapterConfig = withPlayedCorpus(adapterSpec, {}, corpusPath);
          const { probes, recorded } = await benchProbes(adapterSpec, adapterConfig);
          for (const mode of MODES) {
            const outcome = await runOne({
              corpus,
              corpusPath,
              adapterSpec,
              adapterConfig,
              mode,
              scope: 'none',
              grading: DEFAULT_GRADING_RULE,
              timeoutMs: flags.timeout,
              store,
              dbPath: flags.db,
              emit: progressReporter({ quiet: flags.quiet, label: `${adapterSpec}/${mode}` }),
              probes,
              extra: { probes: recorded },
            });
            rows.push({ run: outcome.run, summary: outcome.summary });
            const file = path.join(flags.out, 'bench', `${outcome.run.adapterSpec}-${mode}.summary.json`);
            await writeOutput(file, `${JSON.stringify(buildSummaryExport(outcome.stored, outcome.summary), null, 2)}\n`);
          }
        }
      } finally {
        store.close();
      }
      const table = renderSummaryTable(rows, { wide: flags.wide });
      process.stdout.write(`
corpus ${corpusPath}: ${corpus.stories.length} stories, sha256 ${corpus.hash.slice(0, 16)}; scope none\ngrading ${DEFAULT_GRADING_RULE} within ${DEFAULT_BUDGET} tokens, strict unbudgeted beside it
${table}
`);
      await writeOutput(path.join(flags.out, 'BENCH.md'), benchMarkdown(corpusPath, corpus.hash, corpus.stories.length, rows));
      process.stdout.write(
        [
          'results:',
          `  store        ${flags.db}`,
          `  summaries    ${path.join(flags.out, 'bench')}/*.summary.json, ${path.join(flags.out, 'BENCH.md')}`,
          '  every answer threadline report <run-id> --format html (or json)',
          '',
        ].join('\n'),
      );
      const failed = rows.filter((r) => r.run.status !== 'complete');
      if (failed.length > 0) throw new CliExit(EXIT.failed, `${failed.length} run(s) did not complete: ${failed.map((r) => `${r.run.adapterName}/${r.run.mode}`).join(', ')}`);
    });
}

/**
 * Every bench row exercises P1: the persistence probe reopens a new instance on the same data (an
 * in-memory layer loses everything). P6 is probed where the adapter offers a second configuration
 * that reads what the first wrote.
 */
async function benchProbes(adapterSpec: string, config: Record<string, unknown>): Promise<{ probes: ProbeSpec[]; recorded: Array<{ name: ProbeSpec['name']; adapterSpec: string; config: Record<string, unknown> }> }> {
  let adapter;
  try {
    adapter = await resolveAdapter(adapterSpec);
  } catch (error) {
    if (error instanceof ThreadlineError) throw new CliExit(EXIT.usage, error.message);
    throw error;
  }
  const reader = BUILT_IN_ADAPTERS[adapterSpec]?.secondReader;
  const recorded = [
    { name: 'persistence' as const, adapterSpec, config },
    ...(reader ? [{ name: 'model-independence' as const, adapterSpec, config: { ...config, ...reader.config } }] : []),
  ];
  return { probes: recorded.map((p) => ({ name: p.name, adapter, config: p.config })), recorded };
}

function benchMarkdown(corpusPath: string, hash: string, stories: number, rows: SummaryRow[]): string {
  const columns = wideColumns(rows);
  const lines = [
    '# Threadline bench',
    '',
    `Corpus \`${corpusPath}\` (${stories} stories, sha256 \`${hash.slice(0, 16)}\`), grading rule \`${DEFAULT_GRADING_RULE}\` within ${DEFAULT_BUDGET} tokens (strict, unbudgeted, beside it), scope \`none\`. Regenerate with \`npm run bench\`.`,
    '',
    `| ${columns.map((c) => c.head).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${columns.map((c) => markdownCell(c.cell(row))).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
