// Markdown rendering of one run, for pull requests and published results.
import type { StoredRun } from '../store/records.js';
import { markdownCell as cell } from '../text/markup.js';
import { safeText } from '../text/sanitize.js';
import { complianceWords, formatRate, provenanceLines } from './format.js';
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
import type { RunSummary } from './summary.js';
import { budgetCurve, budgetedRetention, budgetLabel, headline } from './budget-fields.js';
import { binRetention } from '../trajectory/retention-bins.js';

/** The Markdown report lists at most this many violations (the JSON export has all of them). */

export function renderMarkdown(stored: StoredRun, summary: RunSummary): string {
  const out: string[] = [`# Threadline run ${stored.run.id}`, ''];
  for (const [key, value] of provenanceLines(stored.run)) out.push(`- **${key}**: ${cell(value)}`);
  out.push(
    '',
    '| measure | result (95% Wilson) |',
    '|---|---|',
    `| headline (${cell(headline(summary).rule)}) | ${formatRate(headline(summary))} |`,
    `| questions (CP8, ${cell(stored.run.grading)}, whole answer) | ${formatRate(summary.questions)} |`,
    `| ATANT v1.0 (strict, whole answer) | ${formatRate(summary.atant)} |`,
    `| stories | ${formatRate(summary.stories)} |`,
    `| end-of-run retention | ${summary.retention ? `${formatRate(budgetedRetention(summary))}${summary.retention.ambiguous ? ` (${summary.retention.ambiguous} questions ambiguous at the end left out)` : ''}` : 'n/a (isolated)'} |`,
    `| compliance | ${cell(complianceWords(summary))} |`,
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
    out.push(
      '',
      `## ${title}`,
      '',
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    );
  }
  out.push(...budgetCurveSection(summary), ...retentionSection(summary), ...violationsSection(summary));
  const failed = stored.questions.filter((q) => q.outcome === 'fail' || q.outcome === 'error');
  if (failed.length > 0) {
    out.push('', '## Failed questions', '', '| question | phase | outcome | reason |', '|---|---|---|---|');
    for (const q of failed) out.push(`| ${cell(`${q.questionId}: ${q.question}`)} | ${q.phase} | ${q.outcome} | ${cell(q.reason ?? '')} |`);
  }
  // ESC, BEL, NUL… from answers, names or errors would survive into the file and a terminal `cat`.
  return safeText(`${out.join('\n')}\n`);
}

function budgetCurveSection(summary: RunSummary): string[] {
  const curve = budgetCurve(summary);
  if (curve.length < 2) return [];
  return [
    '',
    '## Budget curve',
    '',
    'CP8 pass rate when only the first B tokens (o200k) of each answer are graded; unbudgeted is the ATANT v1.0 rule.',
    '',
    `| budget | ${curve.map((p) => budgetLabel(p.tokens)).join(' | ')} |`,
    `|---|${curve.map(() => '---:').join('|')}|`,
    `| pass rate | ${curve.map((p) => (p.total === 0 ? '—' : `${(p.rate * 100).toFixed(1)}%`)).join(' | ')} |`,
    `| passed | ${curve.map((p) => `${p.passed}/${p.total}`).join(' | ')} |`,
  ];
}

function retentionSection(summary: RunSummary): string[] {
  const bins = binRetention(summary.trajectory.retentionCurve);
  if (bins.length === 0) return [];
  return [
    '',
    '## Retention under load',
    '',
    'End-of-run pass rate of each story\u2019s final questions, by how many stories were ingested after it (neighbouring distances pooled).',
    '',
    '| stories ingested after | passed | pass rate |',
    '|---|---:|---:|',
    ...bins.map(
      (b) =>
        `| ${b.from === b.to ? b.from : `${b.from}–${b.to}`} | ${b.passed}/${b.total} | ${b.total === 0 ? '—' : `${((b.passed / b.total) * 100).toFixed(1)}%`} |`,
    ),
  ];
}

function violationsSection(summary: RunSummary): string[] {
  const all = summary.trajectory.violations;
  if (all.length === 0) return [];
  return [
    '',
    '## Violations',
    '',
    `${all.length} trajectory violation(s).`,
    '',
    '| kind | story | question | detail | canary (whose story) | answer excerpt |',
    '|---|---|---|---|---|---|',
    ...all.map(
      (v) =>
        `| ${cell(v.kind)} | ${cell(v.storyId)} | ${cell(`${v.questionId} [${v.phase}]: ${v.question}`)} | ${cell(v.detail)} | ${cell(v.canary ? `${v.canary} (story ${v.canaryStory})` : '')} | ${cell(v.excerpt)} |`,
    ),
  ];
}
