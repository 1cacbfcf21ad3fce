// Writes the leaderboard files into one output directory: LEADERBOARD.md, index.html and, when the
// results store is at hand, one drill-down page per row under runs/.
import path from 'node:path';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { storedDrillDownChunks } from '../report/html/stored-drilldown.js';
import type { ResultsStore } from '../store/store.js';
import { drillDownPath, renderLeaderboardHtml } from './html-page.js';
import type { Leaderboard } from './leaderboard.js';
import { renderLeaderboardMarkdown } from './markdown.js';
import { safeText } from '../text/sanitize.js';

export interface WrittenLeaderboard {
  markdownPath: string;
  htmlPath: string;
  drillDownPaths: string[];
}

export async function writeLeaderboard(board: Leaderboard, outDir: string, store?: ResultsStore): Promise<WrittenLeaderboard> {
  await mkdir(outDir, { recursive: true });
  const markdownPath = path.join(outDir, 'LEADERBOARD.md');
  const htmlPath = path.join(outDir, 'index.html');
  await writeFile(markdownPath, safeText(renderLeaderboardMarkdown(board)));
  await writeFile(htmlPath, await renderLeaderboardHtml(board, { drillDowns: store !== undefined }));
  const drillDownPaths: string[] = [];
  if (store) {
    await mkdir(path.join(outDir, 'runs'), { recursive: true });
    for (const row of board.rows) {
      const file = path.join(outDir, decodeURIComponent(drillDownPath(row.run.id)));
      await writeChunks(file, storedDrillDownChunks(store, row.run.id, row.summary, { backHref: '../index.html' }));
      drillDownPaths.push(file);
    }
  }
  return { markdownPath, htmlPath, drillDownPaths };
}

/** Writes a page chunk by chunk: a 10,000-story drill-down is never one string in memory. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await finished;
}
