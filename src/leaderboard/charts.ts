// The leaderboard's three charts: the budget curve, accuracy against cost, retention under load.
import type { Spec } from 'vega';
import { budgetCurve, budgetLabel, BUDGET_STEPS, headline } from '../report/budget-fields.js';
import { renderChartSvg } from './chart-render.js';
import type { Leaderboard } from './leaderboard.js';
import { seriesColours } from './palette.js';
import { binRetention } from '../trajectory/retention-bins.js';
import { modeScope, type LeaderboardRow } from './row.js';

const PERCENT_AXIS = { format: '.0%', tickCount: 5 };
const KIND = (r: LeaderboardRow) => (r.reference ? 'reference baseline' : 'ranked system');

/** Series names for a set of rows: the system name, or the full row label where that is ambiguous. */
function seriesNames(rows: LeaderboardRow[]): Map<LeaderboardRow, string> {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.system, (count.get(r.system) ?? 0) + 1);
  return new Map(rows.map((r) => [r, (count.get(r.system) ?? 0) > 1 ? r.label : r.system]));
}

const cumulativeRows = (board: Leaderboard) => board.rows.filter((r) => r.run.mode === 'cumulative');

/** Cumulative rows: CP8 pass rate at each answer budget and unbudgeted; null when no row records a budget curve. */
export async function budgetCurveChart(board: Leaderboard): Promise<string | null> {
  const rows = cumulativeRows(board).filter((r) => budgetCurve(r.summary).length > 1);
  if (rows.length === 0) return null;
  const names = seriesNames(rows);
  const steps = [...BUDGET_STEPS.map(String), budgetLabel(null)];
  const points = rows.flatMap((r) =>
    budgetCurve(r.summary)
      .filter((p) => p.total > 0)
      .map((p) => ({
        series: names.get(r) ?? r.label,
        kind: KIND(r),
        budget: budgetLabel(p.tokens),
        rate: p.rate,
        counts: `${p.passed}/${p.total}`,
      })),
  );
  const colours = seriesColours(rows.map((r) => ({ name: names.get(r) ?? r.label, reference: r.reference })));
  return renderChartSvg({
    width: 720,
    height: 320,
    data: { values: points },
    mark: { type: 'line', point: { filled: true, size: 36 }, strokeWidth: 2 },
    encoding: {
      x: {
        field: 'budget',
        type: 'ordinal',
        sort: steps,
        scale: { domain: steps },
        axis: { title: 'answer budget (o200k tokens graded per answer)', labelAngle: 0 },
      },
      y: {
        field: 'rate',
        type: 'quantitative',
        scale: { domain: [0, 1] },
        axis: { ...PERCENT_AXIS, title: 'CP8 pass rate within the budget' },
      },
      color: {
        field: 'series',
        type: 'nominal',
        scale: colours,
        legend: { title: 'system', orient: 'right', symbolType: 'stroke', symbolStrokeWidth: 3 },
      },
      strokeDash: {
        field: 'kind',
        type: 'nominal',
        scale: {
          domain: ['ranked system', 'reference baseline'],
          range: [
            [1, 0],
            [5, 3],
          ],
        },
        legend: { title: null, orient: 'right', symbolType: 'stroke', symbolStrokeColor: '#8a929e', symbolStrokeWidth: 2 },
      },
    },
  });
}

/** Whole powers of ten around the data. */
function logDomain(values: number[]): [number, number] {
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.ceil(Math.log10(Math.max(...values)));
  return [10 ** low, 10 ** (high > low ? high : low + 1)];
}

const POINTS = 'points';

/**
 * Vega's label transform puts each name next to its own point, clear of every other point and
 * label, and never outside the plot frame (padding 0); a name that fits nowhere is hidden rather
 * than drawn away from its point. The labels are laid out from the data (each point's centre),
 * not from the rendered symbols, which would need a canvas that a server does not have; the offset
 * keeps a label clear of its own symbol.
 */
function attachLabels(vega: Spec): Spec {
  const marks = vega.marks ?? [];
  const points = marks.find((m) => m.name === `${POINTS}_marks`);
  const data = points?.from?.data;
  if (!data) throw new Error('accuracy chart: the point mark was not found in the compiled spec');
  const labels = {
    type: 'text' as const,
    name: 'point_labels',
    from: { data },
    encode: {
      enter: {
        text: { field: 'system' },
        x: { scale: 'x', field: 'pte' },
        y: { scale: 'y', field: 'rate' },
        fontSize: { value: 11 },
        fill: { value: 'currentColor' },
      },
    },
    transform: [
      {
        type: 'label' as const,
        size: { signal: '[width, height]' },
        anchor: ['right', 'left', 'top', 'bottom', 'top-right', 'top-left', 'bottom-right', 'bottom-left'],
        offset: [9, 9, 8, 8, 6, 6, 6, 6],
        padding: 0,
      },
    ],
  };
  return { ...vega, marks: [...marks, labels] } as Spec;
}

/** Headline pass rate against PTE per pass (log x): one point per row, mode by shape, labels on their points. */
export async function accuracyCostChart(board: Leaderboard): Promise<string | null> {
  const rows = board.rows.filter((r) => (r.summary.efficiency.ptePerPass ?? 0) > 0);
  if (rows.length === 0) return null;
  const points = rows.map((r) => ({
    system: r.system,
    kind: KIND(r),
    modeScope: modeScope(r.run),
    pte: r.summary.efficiency.ptePerPass ?? 0,
    rate: headline(r.summary).rate,
  }));
  return renderChartSvg(
    {
      width: 720,
      height: 340,
      data: { values: points },
      layer: [
        {
          name: POINTS,
          mark: { type: 'point', filled: true, size: 110, opacity: 0.9 },
          encoding: {
            x: {
              field: 'pte',
              type: 'quantitative',
              scale: { type: 'log', domain: logDomain(points.map((p) => p.pte)) },
              axis: { title: 'PTE per passed question (log scale)', format: '~s', grid: true },
            },
            y: {
              field: 'rate',
              type: 'quantitative',
              scale: { domain: [0, 1] },
              axis: { ...PERCENT_AXIS, title: 'headline pass rate (CP8 within the budget)' },
            },
            shape: {
              field: 'modeScope',
              type: 'nominal',
              scale: {
                domain: ['cumulative/none', 'cumulative/story', 'isolated/none', 'isolated/story'],
                range: ['square', 'diamond', 'circle', 'triangle-up'],
              },
              legend: { title: 'mode / scope', orient: 'right' },
            },
            color: {
              field: 'kind',
              type: 'nominal',
              scale: { domain: ['ranked system', 'reference baseline'], range: ['#4f46e5', '#8a929e'] },
              legend: { title: null, orient: 'right' },
            },
          },
        },
      ],
    },
    attachLabels,
  );
}

/**
 * Cumulative rows as small multiples: each panel draws one system in colour over every other
 * system in faint grey, so no two coloured lines share a panel and no legend is needed.
 */
export async function retentionChart(board: Leaderboard): Promise<string | null> {
  const rows = cumulativeRows(board).filter((r) => r.summary.trajectory.retentionCurve.length > 0);
  if (rows.length === 0) return null;
  const names = seriesNames(rows);
  const curves = rows.map((r) => ({
    name: names.get(r) ?? r.label,
    reference: r.reference,
    bins: binRetention(r.summary.trajectory.retentionCurve),
  }));
  const points = curves.flatMap((panel, order) =>
    curves.flatMap((c) =>
      c.bins.map((b) => ({
        panel: panel.name,
        order,
        series: c.name,
        focus: c.name === panel.name,
        storiesAfter: b.storiesAfter,
        rate: b.total === 0 ? 0 : b.passed / b.total,
      })),
    ),
  );
  const last = Math.max(1, Math.ceil(Math.max(...points.map((p) => p.storiesAfter))));
  const colours = seriesColours(curves);
  const x = {
    field: 'storiesAfter',
    type: 'quantitative' as const,
    scale: { nice: false, zero: true, domain: [0, last] },
    axis: { title: 'stories ingested after', format: 'd', tickCount: Math.min(4, last) },
  };
  const y = { field: 'rate', type: 'quantitative' as const, scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 3, title: null } };
  return renderChartSvg({
    data: { values: points },
    columns: 4,
    facet: { field: 'panel', type: 'nominal', sort: curves.map((c) => c.name), header: { title: null, labelAnchor: 'start' } },
    spacing: { column: 18, row: 14 },
    spec: {
      width: 150,
      height: 100,
      layer: [
        {
          transform: [{ filter: '!datum.focus' }],
          mark: { type: 'line', strokeWidth: 1, color: '#9aa1ad', opacity: 0.35 },
          encoding: { x, y, detail: { field: 'series', type: 'nominal' } },
        },
        {
          transform: [{ filter: 'datum.focus' }],
          mark: { type: 'line', point: { filled: true, size: 22 }, strokeWidth: 2.4 },
          encoding: { x, y, color: { field: 'series', type: 'nominal', scale: colours, legend: null } },
        },
      ],
    },
  });
}
