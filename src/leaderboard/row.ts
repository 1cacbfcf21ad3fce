// One leaderboard row: a stored run and the summary computed from it, with a label that tells rows
// apart in tables and charts.
import type { RunSummary } from '../report/summary.js';
import type { RunRecord } from '../store/records.js';

export interface LeaderboardRow {
  run: RunRecord;
  summary: RunSummary;
  /** `name@version mode/scope`, plus the run id when several runs share it (--no-latest-only). */
  label: string;
}

const MODE_ORDER = ['isolated/none', 'isolated/story', 'cumulative/none', 'cumulative/story'];

export const modeScope = (run: RunRecord) => `${run.mode}/${run.scope}`;

export function labelRows(entries: Array<Omit<LeaderboardRow, 'label'>>): LeaderboardRow[] {
  const base = (run: RunRecord) => `${run.adapterName}@${run.adapterVersion} ${modeScope(run)}`;
  const seen = new Map<string, number>();
  for (const { run } of entries) seen.set(base(run), (seen.get(base(run)) ?? 0) + 1);
  return entries.map((e) => ({ ...e, label: (seen.get(base(e.run)) ?? 0) > 1 ? `${base(e.run)} (${e.run.id})` : base(e.run) }));
}

/** Comparable rows together (mode/scope), best CP8 rate first, then the cheaper pass. */
export function rankRows(rows: LeaderboardRow[]): LeaderboardRow[] {
  const group = (r: LeaderboardRow) => {
    const i = MODE_ORDER.indexOf(modeScope(r.run));
    return i === -1 ? MODE_ORDER.length : i;
  };
  const cost = (r: LeaderboardRow) => r.summary.efficiency.ptePerPass ?? Number.POSITIVE_INFINITY;
  return [...rows].sort(
    (a, b) =>
      group(a) - group(b) ||
      b.summary.questions.rate - a.summary.questions.rate ||
      cost(a) - cost(b) ||
      a.run.adapterName.localeCompare(b.run.adapterName) ||
      a.run.startedAt.localeCompare(b.run.startedAt),
  );
}
