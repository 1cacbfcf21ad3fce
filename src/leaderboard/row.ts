// One leaderboard row: a stored run and the summary computed from it, with a label that tells rows
// apart in tables and charts, and whether it is a reference baseline rather than a ranked system.
import { headline } from '../report/budget-fields.js';
import type { RunSummary } from '../report/summary.js';
import type { RunRecord } from '../store/records.js';

export interface LeaderboardRow {
  run: RunRecord;
  summary: RunSummary;
  /** `name [label] mode/scope`, plus the run id when several runs share it (--no-latest-only). */
  label: string;
  /** The system's short name: adapter name and run label ("mastra", "mastra [stripped]"). */
  system: string;
  /** A baseline that brackets the ranked systems (no memory, everything, a recency buffer, the prior). */
  reference: boolean;
}

/** Baselines drawn as reference rows and lines, apart from the memory layers being ranked. */
export const REFERENCE_ADAPTERS = new Set(['null', 'full-context', 'recent-window', 'prior']);

/** Cumulative first: the headline mode. */
const MODE_ORDER = ['cumulative/none', 'cumulative/story', 'isolated/none', 'isolated/story'];

export const modeScope = (run: RunRecord) => `${run.mode}/${run.scope}`;
const runLabel = (run: RunRecord) => (run as RunRecord & { label?: string }).label;
export const systemName = (run: RunRecord) => (runLabel(run) ? `${run.adapterName} [${runLabel(run)}]` : run.adapterName);

export function labelRows(entries: Array<Pick<LeaderboardRow, 'run' | 'summary'>>): LeaderboardRow[] {
  const base = (run: RunRecord) => `${systemName(run)} ${modeScope(run)}`;
  const seen = new Map<string, number>();
  for (const { run } of entries) seen.set(base(run), (seen.get(base(run)) ?? 0) + 1);
  return entries.map((e) => ({
    ...e,
    label: (seen.get(base(e.run)) ?? 0) > 1 ? `${base(e.run)} (${e.run.id})` : base(e.run),
    system: systemName(e.run),
    reference: REFERENCE_ADAPTERS.has(e.run.adapterName),
  }));
}

export const modeGroup = (r: LeaderboardRow) => {
  const i = MODE_ORDER.indexOf(modeScope(r.run));
  return i === -1 ? MODE_ORDER.length : i;
};

/** Comparable rows together (mode/scope), ranked systems before references, best headline first, then the cheaper pass. */
export function rankRows(rows: LeaderboardRow[]): LeaderboardRow[] {
  const cost = (r: LeaderboardRow) => r.summary.efficiency.ptePerPass ?? Number.POSITIVE_INFINITY;
  return [...rows].sort(
    (a, b) =>
      modeGroup(a) - modeGroup(b) ||
      Number(a.reference) - Number(b.reference) ||
      headline(b.summary).rate - headline(a.summary).rate ||
      b.summary.questions.rate - a.summary.questions.rate ||
      cost(a) - cost(b) ||
      a.system.localeCompare(b.system) ||
      a.run.startedAt.localeCompare(b.run.startedAt),
  );
}
