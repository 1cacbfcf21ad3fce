// `threadline bench` (npm run bench): every built-in adapter over the shipped corpus, in isolated
// and cumulative mode (scope none), with a summary table and result files under results/.
import path from 'node:path';
import type { Command } from 'commander';
import { BUILT_IN_ADAPTERS, withPlayedCorpus } from '../../adapter/registry.js';
import { buildSummaryExport } from '../../report/export.js';
import { renderSummaryTable, SUMMARY_HEAD, summaryCells, type SummaryRow } from '../../report/terminal.js';
import type { RunMode } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { progressReporter } from '../progress.js';
import { runOne } from '../run-one.js';
import { dbOption, loadRunnableCorpus, parsePositiveInt, writeOutput } from '../shared.js';

interface BenchFlags {
  db: string;
  out: string;
  adapters?: string[];
  all?: boolean;
  timeout: number;
  concurrency: number;
  quiet?: boolean;
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
    .description('run the built-in baselines (with --all also the real memory layers) over a corpus in isolated and cumulative mode (scope none) and summarise')
    .argument('[corpus]', 'story file or directory', 'corpus')
    .option('--adapters <names...>', 'adapters to run (default: the built-in baselines)')
    .option('--all', 'also run the real memory layers (mem0, Mastra, LangGraph, LlamaIndex)')
    .option('--out <dir>', 'where to write the per-run JSON exports and BENCH.md', 'results')
    .option('--timeout <ms>', 'timeout for every adapter call, in milliseconds', parsePositiveInt('--timeout'), 30_000)
    .addOption(dbOption())
    .option('--concurrency <n>', 'isolated runs: stories played at once, one adapter instance per worker (cumulative runs stay serial)', parsePositiveInt('--concurrency'), 1)
    .option('-q, --quiet', 'no progress output')
    .action(async (corpusPath: string, flags: BenchFlags) => {
      const { corpus } = await loadRunnableCorpus(corpusPath);
      const store = openResultsStore(flags.db);
      const rows: SummaryRow[] = [];
      try {
        for (const adapterSpec of flags.adapters ?? defaultBenchAdapters(flags.all)) {
          for (const mode of MODES) {
            const outcome = await runOne({
              corpus,
              corpusPath,
              adapterSpec,
              adapterConfig: withPlayedCorpus(adapterSpec, {}, corpusPath),
              mode,
              scope: 'none',
              grading: 'strict',
              timeoutMs: flags.timeout,
              store,
              dbPath: flags.db,
              emit: progressReporter({ quiet: flags.quiet, label: `${adapterSpec}/${mode}` }),
              concurrency: mode === 'isolated' ? flags.concurrency : 1,
            });
            rows.push({ run: outcome.run, summary: outcome.summary });
            const file = path.join(flags.out, 'bench', `${outcome.run.adapterSpec}-${mode}.summary.json`);
            await writeOutput(file, `${JSON.stringify(buildSummaryExport(outcome.stored, outcome.summary), null, 2)}\n`);
          }
        }
      } finally {
        store.close();
      }
      const table = renderSummaryTable(rows);
      process.stdout.write(`\ncorpus ${corpusPath}: ${corpus.stories.length} stories, sha256 ${corpus.hash.slice(0, 16)}; grading rule strict; scope none\n${table}\n`);
      await writeOutput(path.join(flags.out, 'BENCH.md'), benchMarkdown(corpusPath, corpus.hash, corpus.stories.length, rows));
      process.stdout.write(`results: ${flags.db} (full answers: threadline report <run-id> --format json), ${path.join(flags.out, 'bench')}/*.summary.json, ${path.join(flags.out, 'BENCH.md')}\n`);
      const failed = rows.filter((r) => r.run.status !== 'complete');
      if (failed.length > 0) throw new CliExit(EXIT.failed, `${failed.length} run(s) did not complete: ${failed.map((r) => `${r.run.adapterName}/${r.run.mode}`).join(', ')}`);
    });
}

function benchMarkdown(corpusPath: string, hash: string, stories: number, rows: SummaryRow[]): string {
  const lines = [
    '# Threadline bench',
    '',
    `Corpus \`${corpusPath}\` (${stories} stories, sha256 \`${hash.slice(0, 16)}\`), grading rule \`strict\`, scope \`none\`. Regenerate with \`npm run bench\`.`,
    '',
    `| ${SUMMARY_HEAD.join(' | ')} |`,
    `|${SUMMARY_HEAD.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${summaryCells(row).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
