// `threadline merge`: join the shards of isolated runs (`run --shard i/n`) into one run each, from
// results databases or run exports.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ThreadlineError } from '../../errors.js';
import { findShards, mergeShards } from '../../run/merge.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { mergeInputs } from '../merge-inputs.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('join the shards of isolated runs (run --shard i/n) into one run each, from results databases or run exports')
    .argument('<db-or-export...>', 'results databases or run exports (run --json) holding shard runs, e.g. the artifacts of a CI matrix')
    .requiredOption('--into <db>', 'results database to write the merged runs into')
    .action(async (files: string[], flags: { into: string }) => {
      const into = path.resolve(flags.into);
      for (const file of files) {
        if (!existsSync(file)) throw new ThreadlineError('USAGE', `no results database or run export at ${file}`);
        if (path.resolve(file) === into) throw new ThreadlineError('USAGE', `${file} is also --into; merge into a new database`);
      }
      const inputs = await mergeInputs(files);
      try {
        const groups = findShards(inputs.databases, (file) => {
          let store;
          try {
            store = openResultsStore(file); // also brings an older database to the current schema
          } catch (error) {
            throw new ThreadlineError('USAGE', `cannot read ${inputs.sourceOf.get(file) ?? file}: ${(error as Error).message}`);
          }
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
        } finally {
          store.close();
        }
      } catch (error) {
        if (error instanceof ThreadlineError) throw new ThreadlineError('USAGE', error.message);
        throw error;
      } finally {
        inputs.dispose();
      }
    });
}
