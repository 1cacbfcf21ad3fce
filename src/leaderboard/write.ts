// Writes the leaderboard files: LEADERBOARD.md and index.html in one output directory.
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { renderLeaderboardHtml } from './html-page.js';
import type { Leaderboard } from './leaderboard.js';
import { renderLeaderboardMarkdown } from './markdown.js';
import { safeText } from '../text/sanitize.js';

export interface WrittenLeaderboard {
  markdownPath: string;
  htmlPath: string;
}

export async function writeLeaderboard(board: Leaderboard, outDir: string): Promise<WrittenLeaderboard> {
  await mkdir(outDir, { recursive: true });
  const markdownPath = path.join(outDir, 'LEADERBOARD.md');
  const htmlPath = path.join(outDir, 'index.html');
  await writeFile(markdownPath, safeText(renderLeaderboardMarkdown(board)));
  await writeFile(htmlPath, await renderLeaderboardHtml(board));
  return { markdownPath, htmlPath };
}
