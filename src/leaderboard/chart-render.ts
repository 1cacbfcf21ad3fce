// Renders a Vega-Lite spec to an SVG string on the server (no browser, no network: the specs carry
// their data inline). Vega escapes the text and attributes it writes, so labels that came from a
// system under test stay text.
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Axes, legends and labels take `currentColor`, so the inline SVG follows the page's text colour in
 * light and dark mode; the background is transparent for the same reason.
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
  legend: { labelColor: 'currentColor', titleColor: 'currentColor', labelFontSize: 11, titleFontSize: 11, titleFontWeight: 600, labelLimit: 360, symbolSize: 90 },
  range: { category: { scheme: 'tableau10' } },
};

export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile({ ...spec, config: CHART_CONFIG }).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
