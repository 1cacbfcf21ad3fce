// `threadline report`: re-render any stored run, or list the runs in the store.
import { ThreadlineError } from '../../errors.js';
import { Command, Option } from 'commander';
import { once } from 'node:events';
import { storedExportChunks } from '../../report/export.js';
import { renderMarkdown } from '../../report/markdown.js';
import { summarizeStoredRun } from '../../report/streamed-run.js';
import { renderRunReport } from '../../report/terminal.js';
import { runLabel } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { lineProgress } from '../progress.js';
import { addEfficiencyOptions, dbOption, efficiencyOptions, writeOutput, type EfficiencyFlags } from '../shared.js';
import { renderJunit } from '../../report/junit.js';
import { storedDrillDownChunks } from '../../report/html/stored-drilldown.js';
import { printOut } from '../output.js';

interface ReportFlags extends EfficiencyFlags {
  db: string;
  format: 'table' | 'md' | 'json' | 'junit' | 'html';
  wide?: boolean;
  out?: string;
  list?: boolean;
}

export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description(
      're-render a stored run (default: the latest) as a table, Markdown, JSON, JUnit XML or an HTML page of every question; --list lists runs',
    )
    .argument('[run-id]', 'run id or unique prefix')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'md', 'json', 'junit', 'html']).default('table'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--list', 'list the runs in the store')
    .option('--wide', 'table format: every column (wider than 120 characters)')
    .addOption(dbOption());
  addEfficiencyOptions(command).action(async (runId: string | undefined, flags: ReportFlags) => {
    const store = openResultsStore(flags.db, { mustExist: true });
    try {
      if (flags.list) {
        for (const r of store.listRuns()) {
          printOut(
            `${r.id}  ${r.status.padEnd(8)} ${`${r.adapterName}@${r.adapterVersion}${r.label ? ` [${r.label}]` : ''}`.padEnd(24)} ${r.mode}/${r.scope}  ${r.grading}, budget ${r.budget === undefined ? 'default' : (r.budget ?? 'none')}  ${r.storyCount} stories  ${r.startedAt}\n`,
          );
        }
        return;
      }
      const id = runId ?? store.listRuns().at(-1)?.id;
      if (!id) throw new ThreadlineError('USAGE', `no runs in ${flags.db}`);
      const run = store.getRun(id);
      if (!run) throw new ThreadlineError('USAGE', `no run "${id}" in ${flags.db} (see \`threadline report --list\`)`);
      const progress = lineProgress();
      progress(`report: loading and summarising run ${run.id} (${run.storyCount} stories)`);
      // Summarised while streamed: a 10,000-story run is never held in memory with its answers.
      const streamed = await summarizeStoredRun(store, run.id, efficiencyOptions(flags));
      const { outline, summary } = streamed;
      progress(`report: rendering ${flags.format}`);
      progress.done();
      const text =
        flags.format === 'json'
          ? storedExportChunks(store, streamed)
          : flags.format === 'junit'
            ? renderJunit(store.loadRun(run.id))
            : flags.format === 'md'
              ? renderMarkdown(outline, summary)
              : flags.format === 'html'
                ? storedDrillDownChunks(store, run.id, summary)
                : `${renderRunReport(outline, summary, { wide: flags.wide })}\n`;
      if (flags.out) await writeOutput(flags.out, text);
      else if (typeof text === 'string') printOut(text);
      else for (const chunk of text) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    } finally {
      store.close();
    }
  });
}
