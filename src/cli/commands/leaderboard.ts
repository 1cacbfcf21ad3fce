// `threadline leaderboard`: LEADERBOARD.md and a static index.html computed from the results
// store, one row per adapter × mode × scope over one corpus.
import type { Command } from 'commander';
import { ThreadlineError } from '../../errors.js';
import { buildLeaderboard } from '../../leaderboard/leaderboard.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { addEfficiencyOptions, dbOption, efficiencyOptions, type EfficiencyFlags } from '../shared.js';
import { printErr, printOut } from '../output.js';

interface LeaderboardFlags extends EfficiencyFlags {
  db: string;
  out: string;
  corpusHash?: string;
  latestOnly: boolean;
}

export function registerLeaderboard(program: Command): void {
  const command = program
    .command('leaderboard')
    .description('write LEADERBOARD.md and index.html from the results store: one row per adapter × mode × scope over one corpus')
    .addOption(dbOption())
    .option('--out <dir>', 'where to write LEADERBOARD.md and index.html', 'results')
    .option('--corpus-hash <prefix>', 'the corpus to rank (default: that of the most recent complete run)')
    .option('--latest-only', 'one row per adapter × mode × scope: its latest complete run', true)
    .option('--no-latest-only', 'one row per complete run');
  addEfficiencyOptions(command).action(async (flags: LeaderboardFlags) => {
    const summary = efficiencyOptions(flags);
    const store = openResultsStore(flags.db, { mustExist: true });
    try {
      const board = await buildLeaderboard(store, { corpusHash: flags.corpusHash, latestOnly: flags.latestOnly, summary });
      // vega and vega-lite are heavy to load; only this command needs them, so load them here.
      const { writeLeaderboard } = await import('../../leaderboard/write.js');
      const written = await writeLeaderboard(board, flags.out);
      const left = store.listRuns().filter((r) => r.status !== 'complete');
      if (left.length > 0) printErr(`leaderboard: left out ${left.length} run(s) that are not complete: ${left.map((r) => `${r.id} (${r.status})`).join(', ')}\n`);
      printOut(`${board.rows.length} rows over corpus ${board.corpus.hash.slice(0, 12)}: wrote ${written.markdownPath} and ${written.htmlPath}\n`);
    } catch (error) {
      if (error instanceof ThreadlineError) throw new CliExit(EXIT.usage, error.message);
      throw error;
    } finally {
      store.close();
    }
  });
}
