// Sentences both the Markdown and the HTML leaderboard use, so they say the same thing.
import type { Leaderboard } from './leaderboard.js';

export const ABOUT =
  'Threadline measures whether an AI memory layer has continuity: whether it keeps, updates, separates and rebuilds what people told it, across time and across many people\u2019s stories stored together. Narrative story corpora are fed to each system through an adapter, and an LLM-free grader scores the answers (ATANT v1.0). CP8 (the final answer) is the score; checkpoints CP1–CP10 say where a failure happened, P1–P7 are the continuity properties.';

export const rowsNote = (board: Leaderboard) =>
  board.latestOnly ? 'the latest complete run of each adapter × mode × scope' : 'every complete run over this corpus';
