// What a leaderboard cell holds, independent of where it is rendered (Markdown or HTML).

export type Absence = 'n/r' | 'n/a' | '—';

export interface Cell {
  /** The headline text: "86.0%", "n/r", "sqlite-fts". */
  text: string;
  /** A secondary line: counts and the interval. */
  detail?: string;
  /** Longer explanation for a tooltip. */
  title?: string;
  /** Sort key; null sorts last whatever the direction. */
  sort: number | string | null;
  /** A pass rate in [0, 1] when the cell shows one (drives the colour scale in HTML). */
  rate?: number;
  /** Set when the cell reports that there is no number, and why. */
  absent?: Absence;
}

export const absentCell = (absent: Absence, title: string): Cell => ({ text: absent, sort: null, absent, title });

export const LEGEND: Record<Absence, string> = {
  'n/r':
    'not reported: the story has ground truth for this checkpoint but the adapter exposes no diagnostic for it (never counted as a pass)',
  'n/a':
    'not applicable: no ground truth in this corpus (or, for compliance and contamination, the run\u2019s size or mode does not qualify)',
  '—': 'not exercised by this run, or nothing to divide by (no passed question for PTE per pass)',
};
