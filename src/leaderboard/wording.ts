// Sentences both the Markdown and the HTML leaderboard use, so they say the same thing.
import type { Leaderboard } from './leaderboard.js';

export const ABOUT =
  'Threadline measures whether an AI memory layer has continuity: whether it keeps, updates, separates and rebuilds what people told it, across time and across many people\u2019s stories stored together. Narrative story corpora are fed to each system through an adapter, and an LLM-free grader scores the answers (ATANT v1.0). CP8 (the final answer) is the score; checkpoints CP1–CP10 say where a failure happened, P1–P7 are the continuity properties.';

export const rowsNote = (board: Leaderboard) =>
  board.latestOnly ? 'the latest complete run of each adapter × mode × scope' : 'every complete run over this corpus';

/** Why the headline is what it is, in one sentence (the README has the figures). */
export const HEADLINE_WHY =
  'Rows are ranked by the headline: the number-aware pass rate when only the first 128 tokens (o200k) of each answer are graded, counting in cumulative mode a question only when it is answered both right after its story and again at the end of the run — so a layer that hands back everything it holds (full-context) or only its last few turns (recent-window) ranks below one that retrieves the right fact, even where keyword presence in the whole answer (ATANT strict, shown beside it) scores it higher.';
