// `threadline report`: re-render any stored run, or list the runs in the store.
import { Command, Option } from 'commander';
import { once } from 'node:events';
import { buildExport } from '../../report/export.js';
import { exportJsonChunks } from '../../report/export-json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { summarizeRun } from '../../report/summary.js';
import { renderRunReport } from '../../report/terminal.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { lineProgress } from '../progress.js';
import { addEfficiencyOptions, dbOption, efficiencyOptions, writeOutput, type EfficiencyFlags } from '../shared.js';
import { renderJunit } from '../../report/junit.js';

interface ReportFlags extends EfficiencyFlags {
  db: string;
  format: 'table' | 'md' | 'json' | 'junit';
  out?: string;
  list?: boolean;
}

export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('re-render a stored run (default: the latest) as a table, Markdown, JSON or JUnit XML; --list lists runs')
    .argument('[run-id]', 'run id or unique prefix')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'md', 'json', 'junit']).default('table'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--list', 'list the runs in the store')
    .addOption(dbOption());
  addEfficiencyOptions(command).action(async (runId: string | undefined, flags: ReportFlags) => {
      const store = openResultsStore(flags.db);
      try {
        if (flags.list) {
          for (const r of store.listRuns()) {
            process.stdout.write(`${r.id}  ${r.status.padEnd(8)} ${`${r.adapterName}@${r.adapterVersion}`.padEnd(24)} ${r.mode}/${r.scope}  ${r.storyCount} stories  ${r.startedAt}\n`);
          }
          return;
        }
        const id = runId ?? store.listRuns().at(-1)?.id;
        if (!id) throw new CliExit(EXIT.usage, `no runs in ${flags.db}`);
        const run = store.getRun(id);
        if (!run) throw new CliExit(EXIT.usage, `no run "${id}" in ${flags.db} (see \`threadline report --list\`)`);
        const progress = lineProgress();
        progress(`report: loading and summarising run ${run.id} (${run.storyCount} stories)`);
        const stored = store.loadRun(run.id);
        const summary = await summarizeRun(stored, efficiencyOptions(flags));
        progress(`report: rendering ${flags.format}`);
        progress.done();
        const text =
          flags.format === 'json'
            ? exportJsonChunks(buildExport(stored, summary))
            : flags.format === 'junit'
              ? renderJunit(stored)
              : flags.format === 'md'
                ? renderMarkdown(stored, summary)
                : `${renderRunReport(stored, summary)}\n`;
        if (flags.out) await writeOutput(flags.out, text);
        else if (typeof text === 'string') process.stdout.write(text);
        else for (const chunk of text) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
      } finally {
        store.close();
      }
  });
}
