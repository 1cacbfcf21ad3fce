// The leaderboard as data: its rows and the facts the page states about them (which corpus, which
// grading rule, how PTE was counted). Computed from the results store only.
import { DEFAULT_EFFICIENCY } from '../efficiency/summary.js';
import { GRADING_RULES, type GradingRule } from '../grading/rules.js';
import { summarizeStoredRun } from '../report/streamed-run.js';
import type { SummaryOptions } from '../report/summary.js';
import type { RunRecord } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';
import { labelRows, rankRows, type LeaderboardRow } from './row.js';
import { selectRuns, type Selection, type SelectionOptions } from './select.js';

export interface Leaderboard {
  rows: LeaderboardRow[];
  corpus: { hash: string; paths: string[]; storyCounts: number[] };
  /** Every grading rule the rows used, with its description when the harness knows it. */
  gradingRules: Array<{ name: string; description: string }>;
  otherCorpora: Selection['otherCorpora'];
  latestOnly: boolean;
  /** How PTE was counted for every row. */
  efficiency: { gammaProfile: string; encoding: string; answerTokens: number };
  generatedAt: string;
}

export interface LeaderboardOptions extends SelectionOptions {
  summary?: SummaryOptions;
  now?: Date;
  /** Called before each run is summarised (the slow part on large stores). */
  onRun?: (run: RunRecord, index: number, total: number) => void;
}

const unique = <T>(items: T[]) => [...new Set(items)];
const describeRule = (name: string) =>
  (GRADING_RULES as Record<string, GradingRule>)[name]?.description ?? 'not a rule this harness version knows';

export async function buildLeaderboard(store: ResultsStore, options: LeaderboardOptions): Promise<Leaderboard> {
  const selection = selectRuns(store.listRuns(), options);
  const entries: Array<Pick<LeaderboardRow, 'run' | 'summary'>> = [];
  for (const [index, run] of selection.runs.entries()) {
    options.onRun?.(run, index, selection.runs.length);
    // One run at a time, streamed from the store: only its summary is kept.
    entries.push({ run, summary: (await summarizeStoredRun(store, run.id, options.summary)).summary });
  }
  const rows = rankRows(labelRows(entries));
  const runs = rows.map((r) => r.run);
  return {
    rows,
    corpus: {
      hash: selection.corpusHash,
      paths: unique(runs.map((r) => r.corpusPath)),
      storyCounts: unique(runs.map((r) => r.storyCount)),
    },
    gradingRules: unique(runs.map((r) => r.grading)).map((name) => ({ name, description: describeRule(name) })),
    otherCorpora: selection.otherCorpora,
    latestOnly: options.latestOnly,
    efficiency: { ...DEFAULT_EFFICIENCY, ...options.summary?.efficiency },
    generatedAt: (options.now ?? new Date()).toISOString(),
  };
}
