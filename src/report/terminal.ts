// Terminal rendering: the per-adapter summary table and a run's detailed report.
import Table from 'cli-table3';
import type { RunRecord, StoredRun } from '../store/records.js';
import { formatRate, provenanceLines } from './format.js';
import type { RunSummary } from './summary.js';

export interface SummaryRow {
  run: RunRecord;
  summary: RunSummary;
}

export function renderSummaryTable(rows: SummaryRow[]): string {
  const table = new Table({
    head: ['adapter', 'mode', 'scope', 'questions (CP8, 95% Wilson)', 'stories', 'end-of-run retention', 'compliance', 'errors'],
    style: { head: [], border: [] },
  });
  for (const { run, summary } of rows) {
    table.push([
      `${run.adapterName}@${run.adapterVersion}`,
      run.mode,
      run.scope,
      formatRate(summary.questions),
      formatRate(summary.stories),
      summary.retention ? formatRate(summary.retention) : 'n/a (isolated)',
      summary.compliance.level ? summary.compliance.note : 'not applicable',
      String(summary.adapterErrors),
    ]);
  }
  return table.toString();
}

export function renderRunReport(stored: StoredRun, summary: RunSummary, options: { failures?: number } = {}): string {
  const lines: string[] = [];
  for (const [key, value] of provenanceLines(stored.run)) lines.push(`${key.padEnd(16)} ${value}`);
  lines.push(`${'compliance'.padEnd(16)} ${summary.compliance.note}`);
  if (stored.run.error) lines.push(`${'error'.padEnd(16)} ${stored.run.error}`);
  lines.push('', renderSummaryTable([{ run: stored.run, summary }]));
  const categories = new Table({ head: ['category', 'questions'], style: { head: [], border: [] } });
  for (const [category, r] of Object.entries(summary.byCategory)) categories.push([category, formatRate(r)]);
  lines.push('', categories.toString());
  const failed = stored.questions.filter((q) => q.outcome === 'fail' || q.outcome === 'error');
  const limit = options.failures ?? 20;
  if (failed.length > 0) {
    lines.push('', `failed questions (${failed.length}${failed.length > limit ? `, first ${limit}` : ''}):`);
    for (const q of failed.slice(0, limit)) lines.push(`  ${q.outcome.toUpperCase()} [${q.phase}] ${q.questionId}: ${q.question} — ${q.reason ?? ''}`);
  }
  return lines.join('\n');
}
