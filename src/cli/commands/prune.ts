// `threadline prune`: delete runs from the results store and give the space back (VACUUM).
import { ThreadlineError } from '../../errors.js';
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import type { RunRecord } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { dbOption } from '../shared.js';

interface PruneFlags {
  db: string;
  keepLatest?: boolean;
  unfinished?: boolean;
  dryRun?: boolean;
}

/** Runs of one configuration: same corpus, adapter (with version and config), mode, scope and grading. */
const configurationKey = (r: RunRecord) =>
  JSON.stringify([r.corpusHash, r.adapterName, r.adapterVersion, r.adapterConfig, r.mode, r.scope, r.grading]);

export function runsToPrune(runs: RunRecord[], ids: string[], flags: Pick<PruneFlags, 'keepLatest' | 'unfinished'>): RunRecord[] {
  const chosen = new Map<string, RunRecord>();
  for (const id of ids) {
    const matches = runs.filter((r) => r.id === id || r.id.startsWith(id));
    if (matches.length !== 1)
      throw new ThreadlineError(
        'USAGE',
        matches.length === 0 ? `no run "${id}" in the results store` : `run id prefix "${id}" matches ${matches.length} runs`,
      );
    chosen.set(matches[0].id, matches[0]);
  }
  if (flags.unfinished) for (const r of runs) if (r.status !== 'complete') chosen.set(r.id, r);
  if (flags.keepLatest) {
    const latest = new Map<string, RunRecord>();
    for (const r of runs.filter((x) => x.status === 'complete')) {
      const key = configurationKey(r);
      const kept = latest.get(key);
      if (!kept || r.startedAt >= kept.startedAt) latest.set(key, r);
    }
    const keep = new Set([...latest.values()].map((r) => r.id));
    for (const r of runs) if (r.status === 'complete' && !keep.has(r.id)) chosen.set(r.id, r);
  }
  return [...chosen.values()];
}

export function registerPrune(program: Command): void {
  program
    .command('prune')
    .description('delete runs from the results store (by id, or all but the newest per configuration) and reclaim the space')
    .argument('[run-ids...]', 'runs to delete (full id or unique prefix)')
    .option(
      '--keep-latest',
      'delete every complete run except the newest of each configuration (corpus, adapter, config, mode, scope, grading)',
    )
    .option('--unfinished', 'delete runs that are still marked running or failed')
    .option('--dry-run', 'list what would be deleted, delete nothing')
    .addOption(dbOption())
    .action((ids: string[], flags: PruneFlags) => {
      if (ids.length === 0 && !flags.keepLatest && !flags.unfinished)
        throw new ThreadlineError('USAGE', 'say which runs to prune: run ids, --keep-latest or --unfinished');
      const store = openResultsStore(flags.db);
      try {
        const doomed = runsToPrune(store.listRuns(), ids, flags);
        for (const r of doomed)
          process.stdout.write(`${flags.dryRun ? 'would delete' : 'delete'} ${r.id} ${r.adapterName} ${r.mode}/${r.scope} (${r.status})\n`);
        if (flags.dryRun || doomed.length === 0) {
          process.stdout.write(`${doomed.length} run(s) ${flags.dryRun ? 'would be' : ''} deleted\n`.replace('  ', ' '));
          return;
        }
        const before = fileSize(flags.db);
        store.deleteRuns(doomed.map((r) => r.id));
        store.vacuum();
        process.stdout.write(`${doomed.length} run(s) deleted; ${flags.db}: ${mb(before)} → ${mb(fileSize(flags.db))}\n`);
      } finally {
        store.close();
      }
    });
}

const fileSize = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
