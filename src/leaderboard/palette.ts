// Colours for chart series: every series gets its own colour, so no two visible lines share one.
// Ranked systems take saturated hues; reference baselines take greys and are drawn dashed.

const SYSTEM_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
];
const REFERENCE_COLOURS = ['#6b7280', '#9ca3af', '#4b5563', '#a8a29e', '#78716c', '#d1d5db'];

export interface Series {
  name: string;
  reference: boolean;
}

/** A colour per series name, unique while there are fewer series than colours (then cycling). */
export function seriesColours(series: readonly Series[]): { domain: string[]; range: string[] } {
  const domain: string[] = [];
  const range: string[] = [];
  let ranked = 0;
  let reference = 0;
  for (const s of series) {
    if (domain.includes(s.name)) continue;
    domain.push(s.name);
    range.push(s.reference ? REFERENCE_COLOURS[reference++ % REFERENCE_COLOURS.length] : SYSTEM_COLOURS[ranked++ % SYSTEM_COLOURS.length]);
  }
  return { domain, range };
}
