// Markdown rendering of one run, for pull requests and published results.
import type { StoredRun } from '../store/records.js';
import { markdownCell as cell } from '../text/markup.js';
import { safeText } from '../text/sanitize.js';
import { formatRate, provenanceLines } from './format.js';
import { CHECKPOINT_HEAD, checkpointRows, EFFICIENCY_HEAD, efficiencyRows, PROPERTY_HEAD, propertyRows, TRAJECTORY_HEAD, trajectoryRows, type Rows } from './sections.js';
import type { RunSummary } from './summary.js';

export function renderMarkdown(stored: StoredRun, summary: RunSummary): string {
  const out: string[] = [`# Threadline run ${stored.run.id}`, ''];
  for (const [key, value] of provenanceLines(stored.run)) out.push(`- **${key}**: ${cell(value)}`);
  out.push(
    '',
    '| measure | result (95% Wilson) |',
    '|---|---|',
    `| questions (CP8) | ${formatRate(summary.questions)} |`,
    `| stories | ${formatRate(summary.stories)} |`,
    `| end-of-run retention | ${summary.retention ? formatRate(summary.retention) : 'n/a (isolated)'} |`,
    `| compliance | ${cell(summary.compliance.note)} |`,
    `| adapter errors | ${summary.adapterErrors} |`,
    '',
    '| category | questions |',
    '|---|---|',
    ...Object.entries(summary.byCategory).map(([c, r]) => `| ${cell(c)} | ${formatRate(r)} |`),
  );
  for (const [title, head, rows] of [
    ['Checkpoints', CHECKPOINT_HEAD, checkpointRows(summary)],
    ['Continuity properties', PROPERTY_HEAD, propertyRows(summary)],
    ['Trajectory safety', TRAJECTORY_HEAD, trajectoryRows(summary)],
    ['Efficiency', EFFICIENCY_HEAD, efficiencyRows(summary)],
  ] as Array<[string, string[], Rows]>) {
    out.push('', `## ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`));
  }
  const failed = stored.questions.filter((q) => q.outcome === 'fail' || q.outcome === 'error');
  if (failed.length > 0) {
    out.push('', '## Failed questions', '', '| question | phase | outcome | reason |', '|---|---|---|---|');
    for (const q of failed) out.push(`| ${cell(`${q.questionId}: ${q.question}`)} | ${q.phase} | ${q.outcome} | ${cell(q.reason ?? '')} |`);
  }
  // ESC, BEL, NUL… from answers, names or errors would survive into the file and a terminal `cat`.
  return safeText(`${out.join('\n')}\n`);
}
