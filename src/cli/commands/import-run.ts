// `threadline import-run`: load a run export made elsewhere (another CI job, a colleague) into the
// results store, to report, compare or rank it like a local run.
import type { Command } from 'commander';
import { readExportFile } from '../../report/read-export.js';
import { importStoredRun } from '../../store/import-run.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { dbOption } from '../shared.js';

export function registerImportRun(program: Command): void {
  program
    .command('import-run')
    .description('load a run export (run --json, report --format json) into the results store')
    .argument('<export.json>', 'the exported run')
    .addOption(dbOption())
    .action(async (file: string, flags: { db: string }) => {
      const stored = await readExportFile(file);
      const store = openResultsStore(flags.db);
      try {
        importStoredRun(store, stored);
      } finally {
        store.close();
      }
      const { run } = stored;
      process.stdout.write(
        `imported run ${run.id} (${run.adapterName}@${run.adapterVersion} ${run.mode}/${run.scope}, ${stored.stories.length} stories) into ${flags.db}\n`,
      );
    });
}
