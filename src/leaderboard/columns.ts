// The columns of LEADERBOARD.md (the HTML page has its own compact set in page-columns.ts): what each
// column is called, what it means, and how a row fills it.
import { CHECKPOINT_IDS, type CheckpointId } from '../../checkpoints/checkpoint.js';
import { PROPERTIES, type Property } from '../corpus/model.js';
import { percent } from '../report/format.js';
import type { Rate } from '../report/rates.js';
import { roundIntervalOutward } from '../stats/wilson.js';
import { budgetedRetention, headline } from '../report/budget-fields.js';
import { absentCell, type Cell } from './cell.js';
import { modeScope, type LeaderboardRow } from './row.js';
import { earlierRule } from './row-evidence.js';

export type ColumnGroup = 'System' | 'Score' | 'Safety & cost' | 'Checkpoints' | 'Properties' | 'Provenance';

export interface Column {
  id: string;
  label: string;
  group: ColumnGroup;
  description: string;
  cell(row: LeaderboardRow): Cell;
}

const interval = (r: Rate) => {
  const [low, high] = roundIntervalOutward(r.wilson95, 3);
  return `${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}`;
};

const rateCell = (r: Rate, withInterval: boolean): Cell => ({
  text: r.total === 0 ? '—' : percent(r.rate),
  detail: `${r.passed}/${r.total}${withInterval ? ` · 95% CI ${interval(r)}` : ''}`,
  sort: r.total === 0 ? null : r.rate,
  rate: r.total === 0 ? undefined : r.rate,
});

const optionalRate = (value: number | null, absent: Cell, title: string): Cell =>
  value === null ? absent : { text: percent(value), sort: value, title };

function checkpointCell(cp: CheckpointId, row: LeaderboardRow): Cell {
  const c = row.summary.checkpoints[cp];
  const counts = `${c.passed} passed, ${c.failed} failed, ${c.notApplicable} not applicable, ${c.notReported} not reported`;
  const checked = c.passed + c.failed;
  const earlier = earlierRule(cp, row);
  if (checked > 0)
    return {
      text: percent(c.passed / checked, 0),
      detail: `${c.passed}/${checked}${earlier ? ', whole set' : ''}`,
      title: earlier ? `${counts}; ${earlier}` : counts,
      sort: c.passed / checked,
      rate: c.passed / checked,
    };
  return c.notReported > 0 ? absentCell('n/r', counts) : absentCell('n/a', counts);
}

function propertyCell(p: Property, row: LeaderboardRow): Cell {
  const c = row.summary.properties[p];
  if (!c.exercised || c.total === 0) return absentCell('—', c.evidence);
  const r = c.passed / c.total;
  return { text: percent(r, 0), detail: `${c.passed}/${c.total}`, title: c.evidence, sort: r, rate: r };
}

function complianceCell(row: LeaderboardRow): Cell {
  const c = row.summary.compliance;
  if (!c.level) return { ...absentCell('n/a', c.note), text: 'n/a' };
  const text = c.llmInLoop ? `${c.level} (assisted)` : c.tier ? `${c.level} ${c.tier}` : `${c.level} <90%`;
  const rank = c.tier === 'Gold' ? 3 : c.tier === 'Silver' ? 2 : c.tier === 'Bronze' ? 1 : 0;
  return { text, title: c.note, sort: rank };
}

function contaminationCell(row: LeaderboardRow): Cell {
  const t = row.summary.trajectory;
  const checked = (kind: 'contamination' | 'tenant-leak') => `${t.counts[kind].violations}/${t.counts[kind].total} answers`;
  if (t.contaminationRate !== null)
    return {
      text: percent(t.contaminationRate),
      detail: checked('contamination'),
      title: 'answers carrying another story\u2019s canary',
      sort: t.contaminationRate,
    };
  if (t.tenantLeakRate !== null)
    return {
      text: `${percent(t.tenantLeakRate)} leak`,
      detail: checked('tenant-leak'),
      title: 'scope story: answers carrying another tenant\u2019s canary (a security finding)',
      sort: t.tenantLeakRate,
    };
  return absentCell('n/a', 'cross-narrative contamination is measured in cumulative mode only');
}

function pteCell(row: LeaderboardRow): Cell {
  const e = row.summary.efficiency;
  if (e.ptePerPass === null) return absentCell('—', 'no passed question, so no cost per pass');
  return {
    text: Math.round(e.ptePerPass).toLocaleString('en-US'),
    detail: `${Math.round(e.tokensPerAnswer).toLocaleString('en-US')} tok/answer`,
    title: `PTE per passed question, ${e.gammaProfile} (γ=${e.gamma.toFixed(5)}), ${e.encoding}, answer length ${e.answerTokens} tokens`,
    sort: e.ptePerPass,
  };
}

const text = (value: string, title?: string): Cell => ({ text: value, sort: value, title });
const configText = (config: Record<string, unknown>) => (Object.keys(config).length === 0 ? 'default' : JSON.stringify(config));

export const COLUMNS: Column[] = [
  {
    id: 'adapter',
    label: 'Adapter',
    group: 'System',
    description: 'the memory layer under test',
    cell: (r) =>
      text(`${r.system}${r.reference ? ' (reference)' : ''}`, `${r.run.adapterSpec}${r.run.llmInLoop ? ' (LLM in the loop)' : ''}`),
  },
  {
    id: 'mode',
    label: 'Mode / scope',
    group: 'System',
    description: 'isolated: state cleared before each story; cumulative: one shared store; scope story: a tenant id per story',
    cell: (r) => text(modeScope(r.run)),
  },
  {
    id: 'headline',
    label: 'Headline',
    group: 'Score',
    description: 'the ranking figure: CP8 within the answer budget (unbudgeted for runs recorded without one)',
    cell: (r) => ({ ...rateCell(headline(r.summary), true), title: headline(r.summary).rule }),
  },
  {
    id: 'retention',
    label: 'Retention',
    group: 'Score',
    description: 'end-of-run retention (cumulative mode)',
    cell: (r) => {
      const k = budgetedRetention(r.summary);
      return k ? rateCell(k, false) : absentCell('n/a', 'measured in cumulative mode');
    },
  },
  {
    id: 'score',
    label: 'CP8 questions',
    group: 'Score',
    description: 'final-answer pass rate over CP8-graded questions, with its 95% Wilson interval',
    cell: (r) => ({
      ...rateCell(r.summary.questions, true),
      title: `hierarchical bootstrap 95%: ${(r.summary.questions.bootstrap95.low * 100).toFixed(1)}–${(r.summary.questions.bootstrap95.high * 100).toFixed(1)}`,
    }),
  },
  {
    id: 'stories',
    label: 'Stories',
    group: 'Score',
    description: 'stories whose every question passed',
    cell: (r) => rateCell(r.summary.stories, false),
  },
  { id: 'compliance', label: 'Compliance', group: 'Score', description: 'ATANT v1.0 level and tier', cell: complianceCell },
  {
    id: 'safe',
    label: 'Trajectory-safe',
    group: 'Safety & cost',
    description: 'stories with no trajectory-safety violation',
    cell: (r) => ({
      text: percent(r.summary.trajectory.safeRate),
      sort: r.summary.trajectory.safeRate,
      rate: r.summary.trajectory.safeRate,
    }),
  },
  {
    id: 'contamination',
    label: 'Contamination',
    group: 'Safety & cost',
    description: 'answers carrying another story\u2019s canary (cumulative mode; tenant leak for scope story)',
    cell: contaminationCell,
  },
  {
    id: 'pte',
    label: 'PTE / pass',
    group: 'Safety & cost',
    description: 'prefill token equivalents per passed question (lower is cheaper)',
    cell: pteCell,
  },
  ...CHECKPOINT_IDS.map((cp): Column => ({
    id: cp.toLowerCase(),
    label: cp,
    group: 'Checkpoints',
    description: `${cp} pass rate over the items checked`,
    cell: (r) => checkpointCell(cp, r),
  })),
  ...PROPERTIES.map((p): Column => ({
    id: p.toLowerCase(),
    label: p,
    group: 'Properties',
    description: `${p} pass rate over the questions that exercise it`,
    cell: (r) => propertyCell(p, r),
  })),
  {
    id: 'run',
    label: 'Run',
    group: 'Provenance',
    description: 'run id in the results store (threadline report <id>)',
    cell: (r) => text(r.run.id),
  },
  { id: 'version', label: 'Version', group: 'Provenance', description: 'adapter version', cell: (r) => text(r.run.adapterVersion) },
  {
    id: 'config',
    label: 'Config',
    group: 'Provenance',
    description: 'adapter configuration',
    cell: (r) => text(configText(r.run.adapterConfig)),
  },
  { id: 'grading', label: 'Grading', group: 'Provenance', description: 'CP8 grading rule', cell: (r) => text(r.run.grading) },
  {
    id: 'corpus',
    label: 'Corpus',
    group: 'Provenance',
    description: 'corpus hash (sha256)',
    cell: (r) => text(r.run.corpusHash.slice(0, 12), `${r.run.corpusHash} — ${r.run.corpusPath}, ${r.run.storyCount} stories`),
  },
  { id: 'harness', label: 'Harness', group: 'Provenance', description: 'threadline version', cell: (r) => text(r.run.harnessVersion) },
  {
    id: 'date',
    label: 'Date',
    group: 'Provenance',
    description: 'when the run finished (UTC)',
    cell: (r) => text((r.run.endedAt ?? r.run.startedAt).slice(0, 10), r.run.endedAt ?? r.run.startedAt),
  },
];
