// The columns of the page's table, which must fit a 1,400 px window: scores first, then one cell
// each for diagnostics, properties and configuration (details behind a disclosure). Every string
// from a run record goes through escapeHtml.
import { atantRate, budgetedRetention, headline, tierOnlyWithoutBudget } from '../report/budget-fields.js';
import { percent } from '../report/format.js';
import type { Rate } from '../report/rates.js';
import { roundIntervalOutward } from '../stats/wilson.js';
import { escapeHtml } from '../text/markup.js';
import { configSummary, diagnostics, propertyName, propertyViews } from './row-evidence.js';
import { modeScope, type LeaderboardRow } from './row.js';

export interface PageCell {
  html: string;
  /** Sort key; null sorts last whatever the direction. */
  sort: number | string | null;
  classes?: string;
  title?: string;
}

export interface PageColumn {
  id: string;
  label: string;
  description: string;
  numeric: boolean;
  cell(row: LeaderboardRow, links: RowLinks): PageCell;
}

export interface RowLinks {
  /** Relative link to the run's drill-down page, when one is written. */
  drillDown(row: LeaderboardRow): string | null;
}

const interval = (r: Rate) => {
  const [low, high] = roundIntervalOutward(r.wilson95, 3);
  return `${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}`;
};
const rateClass = (rate: number) => (rate >= 0.9 ? 'r-hi' : rate >= 0.5 ? 'r-mid' : 'r-lo');
const detail = (text: string) => `<span class="d">${escapeHtml(text)}</span>`;
const value = (text: string) => `<span class="v">${escapeHtml(text)}</span>`;
const absent = (text: string, title: string): PageCell => ({ html: value(text), sort: null, classes: 'absent', title });

function meter(r: Rate): string {
  if (r.total === 0) return '';
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const [low, high] = r.wilson95;
  return `<span class="meter" aria-hidden="true"><span class="fill" style="width:${pct(r.rate)}"></span><span class="ci" style="left:${pct(low)};width:${pct(high - low)}"></span></span>`;
}

function systemCell(row: LeaderboardRow, links: RowLinks): PageCell {
  const href = links.drillDown(row);
  const name = escapeHtml(row.system);
  const badge = row.reference ? ' <span class="badge">reference</span>' : '';
  const version = `v${row.run.adapterVersion}${row.run.llmInLoop ? ' · LLM in the loop' : ''}`;
  const drill = href ? ` · <a href="${escapeHtml(href)}">questions</a>` : '';
  return {
    html: `<span class="v">${name}${badge}</span><span class="d">${escapeHtml(version)}${drill}</span>`,
    sort: row.system,
    title: row.run.adapterSpec,
  };
}

function headlineCell(row: LeaderboardRow): PageCell {
  const h = headline(row.summary);
  if (h.total === 0) return absent('—', 'no CP8-graded question');
  return {
    html: `${value(percent(h.rate))}${meter(h)}${detail(`${h.passed}/${h.total} · CI ${interval(h)}`)}`,
    sort: h.rate,
    title: h.rule,
  };
}

function retentionCell(row: LeaderboardRow): PageCell {
  const r = budgetedRetention(row.summary);
  if (!r) return absent('n/a', 'end-of-run retention is measured in cumulative mode');
  if (r.total === 0) return absent('—', 'no question asked again at the end of the run');
  return {
    html: `${value(percent(r.rate))}${detail(`${r.passed}/${r.total} · CI ${interval(r)}`)}`,
    sort: r.rate,
    classes: rateClass(r.rate),
    title: 'final questions asked again once every story is in',
  };
}

/** The ATANT v1.0 figure (unbudgeted) and the tier it earns; says in words when the tier exists only without the budget. */
function atantCell(row: LeaderboardRow): PageCell {
  const q = atantRate(row.summary);
  const c = row.summary.compliance;
  const tier = c.level ? (c.llmInLoop ? `${c.level} (assisted)` : c.tier ? `${c.level} ${c.tier}` : `${c.level} <90%`) : 'no level';
  const note = tierOnlyWithoutBudget(row.summary) ? `${tier}, only without the budget` : tier;
  return {
    html: `${value(q.total === 0 ? '—' : percent(q.rate))}${detail(note)}`,
    sort: q.total === 0 ? null : q.rate,
    title: `ATANT v1.0 strict rule, unbudgeted: ${q.passed}/${q.total}. ${c.note}`,
  };
}

function safetyCell(row: LeaderboardRow): PageCell {
  const t = row.summary.trajectory;
  const cross =
    t.tenantLeakRate !== null
      ? `tenant leak ${percent(t.tenantLeakRate)}`
      : t.contaminationRate !== null
        ? `contam. ${percent(t.contaminationRate)}`
        : 'no cross-story check (isolated)';
  return {
    html: `${value(percent(t.safeRate))}${detail(cross)}`,
    sort: t.safeRate,
    title:
      'trajectory-safe stories (no violation), and answers carrying another story\u2019s value (cumulative) or another tenant\u2019s (scope story)',
  };
}

function pteCell(row: LeaderboardRow): PageCell {
  const e = row.summary.efficiency;
  if (e.ptePerPass === null) return absent('—', 'no passed question, so no cost per pass');
  return {
    html: `${value(Math.round(e.ptePerPass).toLocaleString('en-US'))}${detail(`${Math.round(e.tokensPerAnswer).toLocaleString('en-US')} tok/answer`)}`,
    sort: e.ptePerPass,
    title: `PTE per passed question, ${e.gammaProfile}, ${e.encoding}`,
  };
}

function diagnosticsCell(row: LeaderboardRow): PageCell {
  const { reported, notReported } = diagnostics(row);
  if (reported.length === 0) {
    const why =
      notReported.length > 0
        ? `the system reports no diagnostic for ${notReported.join(', ')} (not reported, never counted as a pass)`
        : 'no checkpoint beyond CP8 applies to this corpus';
    return { html: `${value('none reported')}${detail('CP8 only')}`, sort: null, classes: 'absent', title: why };
  }
  const chips = reported.map(
    (d) =>
      `<span class="chip ${rateClass(d.rate)}" title="${escapeHtml(`${d.checkpoint}: ${d.passed}/${d.checked} checked items passed${d.earlierRule ? `; ${d.earlierRule}` : ''}`)}">${d.checkpoint} ${percent(d.rate, 0)}${d.earlierRule ? ' (whole set)' : ''}</span>`,
  );
  const rest = notReported.length > 0 ? `<span class="d">n/r: ${escapeHtml(notReported.join(' '))}</span>` : '';
  return { html: `<span class="chips">${chips.join('')}</span>${rest}`, sort: reported.length };
}

function propertiesCell(row: LeaderboardRow): PageCell {
  const views = propertyViews(row);
  const chips = views.map((v) => {
    const cls = v.verdict === 'none' ? 'none' : v.verdict === 'pass' ? 'r-hi' : v.verdict === 'partial' ? 'r-mid' : 'r-lo';
    return `<span class="chip ${cls}" title="${escapeHtml(`${v.property} ${propertyName(v.property)}: ${v.evidence}`)}">${v.property} ${escapeHtml(v.text)}</span>`;
  });
  const exercised = views.filter((v) => v.verdict !== 'none').length;
  return { html: `<span class="chips props">${chips.join('')}</span>`, sort: exercised };
}

function configCell(row: LeaderboardRow): PageCell {
  const { run } = row;
  const json = JSON.stringify(run.adapterConfig, null, 1);
  const facts: Array<[string, string]> = [
    ['run', run.id],
    ['adapter', `${run.adapterSpec} @ ${run.adapterVersion}`],
    ['grading', run.grading],
    ['corpus', `${run.corpusHash.slice(0, 12)} · ${run.corpusPath} · ${run.storyCount} stories`],
    ['harness', run.harnessVersion],
    ['date', run.endedAt ?? run.startedAt],
  ];
  const evidence = propertyViews(row).map(
    (v) => `<li><b>${v.property}</b> ${escapeHtml(propertyName(v.property))}: ${escapeHtml(v.evidence)}</li>`,
  );
  const body = `<pre>${escapeHtml(json)}</pre><dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl><ul class="evidence">${evidence.join('')}</ul>`;
  return {
    html: `<details><summary>${escapeHtml(configSummary(run.adapterConfig))}</summary><div class="more">${body}</div></details>`,
    sort: configSummary(run.adapterConfig),
  };
}

export const PAGE_COLUMNS: PageColumn[] = [
  {
    id: 'system',
    label: 'System',
    description: 'the memory layer under test; "questions" opens every question it was asked',
    numeric: false,
    cell: systemCell,
  },
  {
    id: 'mode',
    label: 'Mode',
    description: 'isolated: state cleared before each story; cumulative: one shared store; scope story: a tenant id per story',
    numeric: false,
    cell: (r) => ({
      html: `<span class="pill ${r.run.mode}">${escapeHtml(r.run.mode)}</span>${detail(`scope ${r.run.scope}`)}`,
      sort: modeScope(r.run),
    }),
  },
  {
    id: 'headline',
    label: 'Headline',
    description: 'CP8 pass rate within the answer budget (only the first B tokens of each answer are graded), with its 95% Wilson interval',
    numeric: true,
    cell: headlineCell,
  },
  {
    id: 'retention',
    label: 'Retention',
    description: 'end-of-run retention: the final questions asked again once every story is in (cumulative mode)',
    numeric: true,
    cell: retentionCell,
  },
  {
    id: 'atant',
    label: 'ATANT v1.0',
    description: 'CP8 by the letter of ATANT v1.0 (strict rule, whole answer) and the compliance tier it earns',
    numeric: true,
    cell: atantCell,
  },
  {
    id: 'safe',
    label: 'Safe',
    description: 'trajectory-safe stories, with cross-story contamination or tenant leaks',
    numeric: true,
    cell: safetyCell,
  },
  {
    id: 'pte',
    label: 'PTE / pass',
    description: 'prefill token equivalents per passed question (lower is cheaper)',
    numeric: true,
    cell: pteCell,
  },
  {
    id: 'diagnostics',
    label: 'Diagnostics',
    description: 'checkpoints CP1–CP10 other than CP8 that the system reports',
    numeric: true,
    cell: diagnosticsCell,
  },
  {
    id: 'properties',
    label: 'Properties P1–P7',
    description: 'continuity properties: hover a chip for its evidence; the configuration disclosure lists all of it',
    numeric: true,
    cell: propertiesCell,
  },
  {
    id: 'config',
    label: 'Config',
    description: 'adapter configuration in a few words; open it for the full JSON, provenance and property evidence',
    numeric: false,
    cell: configCell,
  },
];
