// `threadline merge`: join the shards of isolated runs (`run --shard i/n`) into one run each.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ThreadlineError } from '../../errors.js';
import { findShards, mergeShards } from '../../run/merge.js';
import { openResultsStore } from '../../store/sqlite-store.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('join the shards of isolated runs (run --shard i/n, from one or many results databases) into one run each')
    .argument('<db...>', 'results databases holding shard runs (e.g. the artifacts of a CI matrix)')
    .requiredOption('--into <db>', 'results database to write the merged runs into')
    .action((files: string[], flags: { into: string }) => {
      const into = path.resolve(flags.into);
      for (const file of files) {
        if (!existsSync(file)) throw new ThreadlineError('USAGE', `no results database at ${file}`);
        if (path.resolve(file) === into) throw new ThreadlineError('USAGE', `${file} is also --into; merge into a new database`);
      }
      const groups = findShards(files, (file) => {
        const store = openResultsStore(file); // also brings an older database to the current schema
        try {
          return store.listRuns();
        } finally {
          store.close();
        }
      });
      if (groups.size === 0) throw new ThreadlineError('USAGE', `no shard runs (run --shard i/n) in ${files.join(', ')}`);
      const store = openResultsStore(flags.into);
      try {
        for (const group of groups.values()) {
          const merged = mergeShards(group, flags.into, store);
          process.stdout.write(
            `merged ${group.length} shards of ${merged.adapterName} ${merged.mode}/${merged.scope} into run ${merged.id} (${flags.into})\n`,
          );
        }
      } catch (error) {
        if (error instanceof ThreadlineError) throw new ThreadlineError('USAGE', error.message);
        throw error;
      } finally {
        store.close();
      }
    });
}
