// Renders a Vega-Lite spec to an SVG string on the server (no browser, no network: the specs carry
// their data inline). Vega escapes the text and attributes it writes, so labels that came from a
// system under test stay text. `refine` may edit the compiled Vega spec, for what Vega-Lite cannot
// say (the label transform that attaches labels to points).
import { parse, View, type Spec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Axes, legends and labels take `currentColor`, so the inline SVG follows the page's text colour in
 * light and dark mode; the background is transparent for the same reason. Legend labels are never
 * truncated: a cut-off name cannot be told from another.
 */
export const CHART_CONFIG: TopLevelSpec['config'] = {
  background: 'transparent',
  font: FONT,
  view: { stroke: null },
  axis: {
    labelColor: 'currentColor',
    titleColor: 'currentColor',
    domainColor: 'currentColor',
    domainOpacity: 0.35,
    tickColor: 'currentColor',
    tickOpacity: 0.35,
    gridColor: 'currentColor',
    gridOpacity: 0.12,
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 600,
    titlePadding: 10,
  },
  header: { labelColor: 'currentColor', titleColor: 'currentColor', labelFontSize: 12, labelFontWeight: 600, labelLimit: 0 },
  legend: {
    labelColor: 'currentColor',
    titleColor: 'currentColor',
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 600,
    labelLimit: 0,
    symbolSize: 90,
  },
  range: { category: { scheme: 'tableau10' } },
};

export async function renderChartSvg(spec: TopLevelSpec, refine?: (vega: Spec) => Spec): Promise<string> {
  const compiled = compile({ ...spec, config: CHART_CONFIG }).spec;
  const view = new View(parse(refine ? refine(compiled) : compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
