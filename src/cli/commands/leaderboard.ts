// `threadline leaderboard`: LEADERBOARD.md, a static index.html and one drill-down page per row
// (runs/<run-id>.html), computed from the results store, one row per adapter × label × mode × scope.
import path from 'node:path';
import type { Command } from 'commander';
import { buildLeaderboard } from '../../leaderboard/leaderboard.js';
import { lineProgress } from '../progress.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { addEfficiencyOptions, dbOption, efficiencyOptions, loadRunnableCorpus, type EfficiencyFlags } from '../shared.js';
import { outputDir } from './bench.js';
import { printErr, printOut } from '../output.js';

interface LeaderboardFlags extends EfficiencyFlags {
  db: string;
  out?: string;
  publish?: boolean;
  corpusHash?: string;
  latestOnly: boolean;
}

export function registerLeaderboard(program: Command): void {
  const command = program
    .command('leaderboard')
    .description('write LEADERBOARD.md and index.html from the results store: one row per adapter × mode × scope over one corpus')
    .argument('[corpus]', 'the corpus whose runs are ranked (its content hash selects them)', 'corpus')
    .addOption(dbOption())
    .option('--out <dir>', 'where to write LEADERBOARD.md, index.html and runs/ (default: .threadline/, git-ignored)')
    .option('--publish', 'write them to the published results/ instead')
    .option(
      '--corpus-hash <prefix>',
      "rank the runs over this corpus hash instead of the corpus argument's (e.g. a corpus no longer on disk)",
    )
    .option('--latest-only', 'one row per adapter × mode × scope: its latest complete run', true)
    .option('--no-latest-only', 'one row per complete run');
  addEfficiencyOptions(command).action(async (corpusPath: string, flags: LeaderboardFlags) => {
    const summary = efficiencyOptions(flags);
    const corpusHash = flags.corpusHash ?? (await loadRunnableCorpus(corpusPath)).corpus.hash;
    const store = openResultsStore(flags.db, { mustExist: true });
    try {
      const progress = lineProgress();
      const board = await buildLeaderboard(store, {
        corpusHash,
        latestOnly: flags.latestOnly,
        summary,
        onRun: (run, index, total) =>
          progress(
            `leaderboard: summarising run ${index + 1}/${total} (${run.adapterName} ${run.mode}/${run.scope}, ${run.storyCount} stories)`,
          ),
      });
      progress.done();
      // vega and vega-lite are heavy to load; only this command needs them, so load them here.
      const { writeLeaderboard } = await import('../../leaderboard/write.js');
      const out = outputDir(flags);
      const written = await writeLeaderboard(board, out, store);
      const left = store.listRuns().filter((r) => r.status !== 'complete');
      if (left.length > 0)
        printErr(
          `leaderboard: left out ${left.length} run(s) that are not complete: ${left.map((r) => `${r.id} (${r.status})`).join(', ')}\n`,
        );
      printOut(
        `${board.rows.length} rows over corpus ${board.corpus.hash.slice(0, 12)}: wrote ${written.markdownPath}, ${written.htmlPath} and ${written.drillDownPaths.length} drill-down pages under ${path.join(out, 'runs')}\n`,
      );
    } finally {
      store.close();
    }
  });
}
