// Terminal rendering: the per-run summary table and a run's detailed report. By default both fit a
// 120-column terminal; `wide` shows every column and every character.
import Table from 'cli-table3';
import type { StoredRun } from '../store/records.js';
import { budgetCurve, budgetLabel } from './budget-fields.js';
import { complianceWords, formatRate, percent, provenanceLines } from './format.js';
import {
  CHECKPOINT_HEAD,
  checkpointRows,
  EFFICIENCY_HEAD,
  efficiencyRows,
  PROPERTY_HEAD,
  propertyRows,
  TRAJECTORY_HEAD,
  trajectoryRows,
  type Rows,
} from './sections.js';
import { compactColumns, wideColumns, type SummaryColumn, type SummaryRow } from './summary-columns.js';
import type { RunSummary } from './summary.js';

export type { SummaryRow } from './summary-columns.js';

export const TERMINAL_WIDTH = 120;

export interface TerminalOptions {
  /** Every column, never truncated (may be wider than 120 columns). */
  wide?: boolean;
  /** How many failed questions to list. */
  failures?: number;
}

const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`);

/** Plain columns two spaces apart; the first column gives way when the table would pass 120 characters. */
function alignedTable(columns: SummaryColumn[], rows: SummaryRow[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const widths = columns.map((c, i) => Math.max(c.head.length, ...cells.map((r) => r[i].length)));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
  if (total > TERMINAL_WIDTH) widths[0] = Math.max(8, widths[0] - (total - TERMINAL_WIDTH));
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const text = clip(v, widths[i]);
        return columns[i].numeric ? text.padStart(widths[i]) : text.padEnd(widths[i]);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.head)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

export function renderSummaryTable(rows: SummaryRow[], options: TerminalOptions = {}): string {
  if (options.wide) {
    const columns = wideColumns(rows);
    return table(
      columns.map((c) => c.head),
      rows.map((row) => columns.map((c) => c.cell(row))),
    );
  }
  return alignedTable(compactColumns(rows), rows);
}

/** "32: 12.0%  64: 40.1% … unbudgeted: 91.0%", or null when the run records no budget curve. */
export function budgetCurveLine(summary: RunSummary): string | null {
  const curve = budgetCurve(summary);
  if (curve.length < 2) return null;
  return curve.map((p) => `${budgetLabel(p.tokens)} ${p.total === 0 ? '—' : percent(p.rate)}`).join(' · ');
}

export function renderRunReport(stored: StoredRun, summary: RunSummary, options: TerminalOptions = {}): string {
  const fit = (text: string) => (options.wide ? text : clip(text, TERMINAL_WIDTH));
  const lines: string[] = [];
  for (const [key, value] of provenanceLines(stored.run)) lines.push(fit(`${key.padEnd(16)} ${value}`));
  lines.push(fit(`${'compliance'.padEnd(16)} ${complianceWords(summary)}`));
  if (stored.run.error) lines.push(fit(`${'error'.padEnd(16)} ${stored.run.error}`));
  lines.push('', renderSummaryTable([{ run: stored.run, summary }], options));
  lines.push(
    fit(
      `${'bootstrap 95%'.padEnd(16)} [${(summary.questions.bootstrap95.low * 100).toFixed(1)}, ${(summary.questions.bootstrap95.high * 100).toFixed(1)}] (hierarchical, ${summary.questions.bootstrap95.resamples} resamples, seed ${summary.questions.bootstrap95.seed})`,
    ),
  );
  const curve = budgetCurveLine(summary);
  if (curve) lines.push(fit(`${'budget curve'.padEnd(16)} ${curve}`));
  lines.push(
    '',
    table(
      ['category', 'questions'],
      Object.entries(summary.byCategory).map(([c, r]) => [c, formatRate(r)]),
    ),
  );
  lines.push('', table(CHECKPOINT_HEAD, checkpointRows(summary)));
  const ff = summary.firstFailure;
  if (ff.write + ff.read + ff.cross > 0) {
    const by = Object.entries(ff.byCheckpoint)
      .map(([cp, n]) => `${cp} ${n}`)
      .join(', ');
    lines.push(
      fit(`failed questions by first failing checkpoint: write path ${ff.write}, read path ${ff.read}, cross-cutting ${ff.cross} (${by})`),
    );
  }
  lines.push('', table(PROPERTY_HEAD, propertyRows(summary), [10, 11, 16, 78]));
  lines.push('', table(TRAJECTORY_HEAD, trajectoryRows(summary), options.wide ? undefined : [80, 10, 22]));
  lines.push('', table(EFFICIENCY_HEAD, efficiencyRows(summary), options.wide ? undefined : [40, 76]));
  const failed = stored.questions.filter((q) => q.outcome === 'fail' || q.outcome === 'error');
  const limit = options.failures ?? 20;
  if (failed.length > 0) {
    lines.push(
      '',
      `failed questions (${failed.length}${failed.length > limit ? `, first ${limit}` : ''}; all of them: threadline report ${stored.run.id} --format html):`,
    );
    for (const q of failed.slice(0, limit))
      lines.push(fit(`  ${q.outcome.toUpperCase()} [${q.phase}] ${q.questionId}: ${q.question} — ${q.reason ?? ''}`));
  }
  return lines.join('\n');
}

function table(head: string[], rows: Rows, colWidths?: number[]): string {
  const t = new Table({ head, style: { head: [], border: [] }, ...(colWidths ? { colWidths, wordWrap: true } : {}) });
  for (const row of rows) t.push(row);
  return t.toString();
}
