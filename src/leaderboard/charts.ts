// The leaderboard's two charts: accuracy against cost per pass, and retention over load.
import { renderChartSvg } from './chart-render.js';
import { placeLabels } from './label-placement.js';
import type { Leaderboard } from './leaderboard.js';
import { binRetention } from './retention-bins.js';
import { modeScope } from './row.js';

const WIDTH = 460;
const HEIGHT = 290;
const PERCENT_AXIS = { format: '.0%', tickCount: 5 };

/** Whole powers of ten around the data, so label placement knows where each point lands. */
function logDomain(values: number[]): [number, number] {
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.ceil(Math.log10(Math.max(...values)));
  return [10 ** low, 10 ** (high > low ? high : low + 1)];
}

/** CP8 pass rate against PTE per pass (log x), one labelled point per row; null with nothing to plot. */
export async function accuracyCostChart(board: Leaderboard): Promise<string | null> {
  const rows = board.rows.filter((r) => (r.summary.efficiency.ptePerPass ?? 0) > 0);
  if (rows.length === 0) return null;
  const base = rows.map((r) => ({ system: r.run.adapterName, modeScope: modeScope(r.run), pte: r.summary.efficiency.ptePerPass ?? 0, rate: r.summary.questions.rate }));
  const [low, high] = logDomain(base.map((p) => p.pte));
  const toX = (pte: number) => ((Math.log10(pte) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))) * WIDTH;
  const labels = placeLabels(base.map((p) => ({ x: toX(p.pte), y: (1 - p.rate) * HEIGHT, text: p.system })), WIDTH);
  const points = base.map((p, i) => ({ ...p, side: labels[i].side, labelRate: p.rate - labels[i].dy / HEIGHT }));
  const label = (side: 'left' | 'right') => ({
    transform: [{ filter: `datum.side === '${side}'` }],
    mark: { type: 'text' as const, align: side === 'right' ? ('left' as const) : ('right' as const), baseline: 'middle' as const, dx: side === 'right' ? 9 : -9, fontSize: 11, color: 'currentColor' },
    encoding: { y: { field: 'labelRate', type: 'quantitative' as const }, text: { field: 'system', type: 'nominal' as const } },
  });
  return renderChartSvg({
    width: WIDTH,
    height: HEIGHT,
    data: { values: points },
    encoding: {
      x: { field: 'pte', type: 'quantitative', scale: { type: 'log', domain: [low, high] }, axis: { title: 'PTE per passed question (log scale)', format: '~s', grid: true } },
    },
    layer: [
      {
        mark: { type: 'point', filled: true, size: 120, opacity: 0.9 },
        encoding: {
          y: { field: 'rate', type: 'quantitative', scale: { domain: [0, 1] }, axis: { ...PERCENT_AXIS, title: 'CP8 question pass rate' } },
          color: { field: 'modeScope', type: 'nominal', legend: { title: 'mode / scope', orient: 'bottom', direction: 'horizontal' } },
          shape: { field: 'modeScope', type: 'nominal' },
        },
      },
      label('right'),
      label('left'),
    ],
  });
}

/** Cumulative rows: end-of-run pass rate by how many stories were ingested after each question's own. */
export async function retentionChart(board: Leaderboard): Promise<string | null> {
  const points = board.rows
    .filter((r) => r.run.mode === 'cumulative')
    .flatMap((r) => binRetention(r.summary.trajectory.retentionCurve).map((b) => ({ series: r.label, storiesAfter: b.storiesAfter, rate: b.total === 0 ? 0 : b.passed / b.total })));
  if (points.length === 0) return null;
  const last = Math.ceil(Math.max(...points.map((p) => p.storiesAfter)));
  // Distances are whole stories: on a short axis list the integers, or Vega ticks at 0.2 steps.
  const ticks = last <= 12 ? { values: Array.from({ length: last + 1 }, (_, i) => i) } : { tickCount: 10 };
  return renderChartSvg({
    width: WIDTH,
    height: HEIGHT,
    data: { values: points },
    mark: { type: 'line', point: { filled: true, size: 40 }, strokeWidth: 2.2 },
    encoding: {
      x: { field: 'storiesAfter', type: 'quantitative', scale: { nice: false, zero: true }, axis: { title: 'stories ingested after the question\u2019s story', format: 'd', ...ticks } },
      y: { field: 'rate', type: 'quantitative', scale: { domain: [0, 1] }, axis: { ...PERCENT_AXIS, title: 'end-of-run pass rate' } },
      color: { field: 'series', type: 'nominal', legend: { title: null, orient: 'bottom', direction: 'vertical' } },
    },
  });
}
