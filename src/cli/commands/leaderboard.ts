// `threadline leaderboard`: LEADERBOARD.md and a static index.html computed from the results
// store, one row per adapter × mode × scope over one corpus.
import type { Command } from 'commander';
import { ThreadlineError } from '../../errors.js';
import { buildLeaderboard } from '../../leaderboard/leaderboard.js';
import { lineProgress } from '../progress.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { addEfficiencyOptions, dbOption, efficiencyOptions, type EfficiencyFlags } from '../shared.js';

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
    const store = openResultsStore(flags.db);
    try {
      const progress = lineProgress();
      const board = await buildLeaderboard(store, {
        corpusHash: flags.corpusHash,
        latestOnly: flags.latestOnly,
        summary,
        onRun: (run, index, total) => progress(`leaderboard: summarising run ${index + 1}/${total} (${run.adapterName} ${run.mode}/${run.scope}, ${run.storyCount} stories)`),
      });
      progress.done();
      // vega and vega-lite are heavy to load; only this command needs them, so load them here.
      const { writeLeaderboard } = await import('../../leaderboard/write.js');
      const written = await writeLeaderboard(board, flags.out);
      process.stdout.write(`${board.rows.length} rows over corpus ${board.corpus.hash.slice(0, 12)}: wrote ${written.markdownPath} and ${written.htmlPath}\n`);
    } catch (error) {
      if (error instanceof ThreadlineError) throw new CliExit(EXIT.usage, error.message);
      throw error;
    } finally {
      store.close();
    }
  });
}
