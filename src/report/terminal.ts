// Terminal rendering: the per-adapter summary table and a run's detailed report.
import Table from 'cli-table3';
import type { RunRecord, StoredRun } from '../store/records.js';
import { formatRate, percent, provenanceLines } from './format.js';
import { CHECKPOINT_HEAD, checkpointRows, EFFICIENCY_HEAD, efficiencyRows, PROPERTY_HEAD, propertyRows, TRAJECTORY_HEAD, trajectoryRows, type Rows } from './sections.js';
import type { RunSummary } from './summary.js';

export interface SummaryRow {
  run: RunRecord;
  summary: RunSummary;
}

export const SUMMARY_HEAD = ['adapter', 'mode/scope', 'questions (CP8, 95% Wilson)', 'stories', 'end-of-run retention', 'contamination', 'safe stories', 'tokens/answer', 'PTE/pass', 'compliance', 'errors'];

/** One run's headline numbers, as cells under SUMMARY_HEAD. */
export function summaryCells({ run, summary }: SummaryRow): string[] {
  const t = summary.trajectory;
  const e = summary.efficiency;
  return [
    `${run.adapterName}@${run.adapterVersion}`,
    `${run.mode}/${run.scope}`,
    formatRate(summary.questions),
    formatRate(summary.stories),
    summary.retention ? formatRate(summary.retention) : 'n/a',
    t.contaminationRate === null ? 'n/a' : percent(t.contaminationRate),
    percent(t.safeRate),
    e.tokensPerAnswer.toFixed(0),
    e.ptePerPass === null ? '—' : Math.round(e.ptePerPass).toLocaleString('en-US'),
    summary.compliance.level ? summary.compliance.note : 'not applicable',
    String(summary.adapterErrors),
  ];
}

export function renderSummaryTable(rows: SummaryRow[]): string {
  return table(SUMMARY_HEAD, rows.map(summaryCells));
}

export function renderRunReport(stored: StoredRun, summary: RunSummary, options: { failures?: number } = {}): string {
  const lines: string[] = [];
  for (const [key, value] of provenanceLines(stored.run)) lines.push(`${key.padEnd(16)} ${value}`);
  lines.push(`${'compliance'.padEnd(16)} ${summary.compliance.note}`);
  if (stored.run.error) lines.push(`${'error'.padEnd(16)} ${stored.run.error}`);
  lines.push('', renderSummaryTable([{ run: stored.run, summary }]));
  lines.push(`${'bootstrap 95%'.padEnd(16)} [${(summary.questions.bootstrap95.low * 100).toFixed(1)}, ${(summary.questions.bootstrap95.high * 100).toFixed(1)}] (hierarchical, ${summary.questions.bootstrap95.resamples} resamples, seed ${summary.questions.bootstrap95.seed})`);
  lines.push('', table(['category', 'questions'], Object.entries(summary.byCategory).map(([c, r]) => [c, formatRate(r)])));
  lines.push('', table(CHECKPOINT_HEAD, checkpointRows(summary)));
  const ff = summary.firstFailure;
  if (ff.write + ff.read + ff.cross > 0) {
    const by = Object.entries(ff.byCheckpoint).map(([cp, n]) => `${cp} ${n}`).join(', ');
    lines.push(`failed questions by first failing checkpoint: write path ${ff.write}, read path ${ff.read}, cross-cutting ${ff.cross} (${by})`);
  }
  lines.push('', table(PROPERTY_HEAD, propertyRows(summary), [10, 10, 16, 70]));
  lines.push('', table(TRAJECTORY_HEAD, trajectoryRows(summary)));
  lines.push('', table(EFFICIENCY_HEAD, efficiencyRows(summary)));
  const failed = stored.questions.filter((q) => q.outcome === 'fail' || q.outcome === 'error');
  const limit = options.failures ?? 20;
  if (failed.length > 0) {
    lines.push('', `failed questions (${failed.length}${failed.length > limit ? `, first ${limit}` : ''}):`);
    for (const q of failed.slice(0, limit)) lines.push(`  ${q.outcome.toUpperCase()} [${q.phase}] ${q.questionId}: ${q.question} — ${q.reason ?? ''}`);
  }
  return lines.join('\n');
}

function table(head: string[], rows: Rows, colWidths?: number[]): string {
  const t = new Table({ head, style: { head: [], border: [] }, ...(colWidths ? { colWidths, wordWrap: true } : {}) });
  for (const row of rows) t.push(row);
  return t.toString();
}
