// One run's headline numbers as table cells: a compact set that fits a 120-column terminal (the
// default) and the full set (`--wide`, and the Markdown of `bench`).
import { atantRate, budgetedRetention, budgetTokens, headline } from './budget-fields.js';
import { formatRate, percent } from './format.js';
import type { RunSummary } from './summary.js';
import type { RunRecord } from '../store/records.js';

export interface SummaryRow {
  run: RunRecord;
  summary: RunSummary;
}

export interface SummaryColumn {
  head: string;
  cell(row: SummaryRow): string;
  /** Right-aligned in the compact table. */
  numeric?: boolean;
}

const label = (run: RunRecord) => (run as RunRecord & { label?: string }).label;
const system = (run: RunRecord) => `${run.adapterName}${label(run) ? ` [${label(run)}]` : ''}`;

const shortRate = (r: { passed: number; total: number; rate: number; wilson95: [number, number] }) =>
  r.total === 0 ? '—' : `${percent(r.rate)} [${(r.wilson95[0] * 100).toFixed(0)}–${(r.wilson95[1] * 100).toFixed(0)}]`;

function crossStory({ summary }: SummaryRow): string {
  const t = summary.trajectory;
  if (t.tenantLeakRate !== null) return `leak ${percent(t.tenantLeakRate)}`;
  return t.contaminationRate === null ? 'n/a' : percent(t.contaminationRate);
}

/** P1 from the persistence probe: kept what it answered before a restart, or not. */
export function persistenceVerdict(summary: RunSummary): string {
  const p = summary.probes.persistence;
  if (!p) return '—';
  const lost = p.after + 1e-9 < p.before || (p.after === 0 && summary.properties.P1.total > 0);
  return `${lost ? 'fail' : 'pass'} ${percent(p.after, 0)}`;
}

const pte = ({ summary }: SummaryRow) =>
  summary.efficiency.ptePerPass === null ? '—' : Math.round(summary.efficiency.ptePerPass).toLocaleString('en-US');
const budgetHead = (rows: SummaryRow[]) => {
  const budgets = [...new Set(rows.map((r) => budgetTokens(r.summary)))];
  return budgets.length === 1 && budgets[0] !== null ? `headline, ${budgets[0]} tok` : 'headline';
};

export function compactColumns(rows: SummaryRow[]): SummaryColumn[] {
  return [
    { head: 'system', cell: ({ run }) => system(run) },
    { head: 'mode/scope', cell: ({ run }) => `${run.mode}/${run.scope}` },
    { head: budgetHead(rows), cell: ({ summary }) => shortRate(headline(summary)), numeric: true },
    { head: 'ATANT', cell: ({ summary }) => (atantRate(summary).total === 0 ? '—' : percent(atantRate(summary).rate)), numeric: true },
    {
      head: 'retention',
      cell: ({ summary }) => {
        const r = budgetedRetention(summary);
        return r ? percent(r.rate) : 'n/a';
      },
      numeric: true,
    },
    { head: 'contam.', cell: crossStory, numeric: true },
    { head: 'safe', cell: ({ summary }) => percent(summary.trajectory.safeRate, 0), numeric: true },
    { head: 'PTE/pass', cell: pte, numeric: true },
    { head: 'P1', cell: ({ summary }) => persistenceVerdict(summary) },
    { head: 'err', cell: ({ summary }) => String(summary.adapterErrors), numeric: true },
  ];
}

export function wideColumns(rows: SummaryRow[]): SummaryColumn[] {
  return [
    { head: 'adapter', cell: ({ run }) => `${system(run)}@${run.adapterVersion}` },
    { head: 'mode/scope', cell: ({ run }) => `${run.mode}/${run.scope}` },
    { head: `${budgetHead(rows)} (95% Wilson)`, cell: ({ summary }) => formatRate(headline(summary)) },
    { head: 'ATANT v1.0 strict (95% Wilson)', cell: ({ summary }) => formatRate(atantRate(summary)) },
    { head: 'stories', cell: ({ summary }) => formatRate(summary.stories) },
    {
      head: 'end-of-run retention',
      cell: ({ summary }) => {
        const r = budgetedRetention(summary);
        return r ? formatRate(r) : 'n/a';
      },
    },
    { head: 'contamination', cell: crossStory },
    { head: 'safe stories', cell: ({ summary }) => percent(summary.trajectory.safeRate) },
    { head: 'tokens/answer', cell: ({ summary }) => summary.efficiency.tokensPerAnswer.toFixed(0) },
    { head: 'PTE/pass', cell: pte },
    { head: 'P1 persistence', cell: ({ summary }) => persistenceVerdict(summary) },
    { head: 'compliance', cell: ({ summary }) => (summary.compliance.level ? summary.compliance.note : 'not applicable') },
    { head: 'errors', cell: ({ summary }) => String(summary.adapterErrors) },
  ];
}
