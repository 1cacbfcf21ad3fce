// Markdown rendering of one run, for pull requests and published results.
import type { StoredRun } from '../store/records.js';
import { formatRate, provenanceLines } from './format.js';
import type { RunSummary } from './summary.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

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
  const failed = stored.questions.filter((q) => q.outcome === 'fail' || q.outcome === 'error');
  if (failed.length > 0) {
    out.push('', '## Failed questions', '', '| question | phase | outcome | reason |', '|---|---|---|---|');
    for (const q of failed) out.push(`| ${cell(`${q.questionId}: ${q.question}`)} | ${q.phase} | ${q.outcome} | ${cell(q.reason ?? '')} |`);
  }
  return `${out.join('\n')}\n`;
}
