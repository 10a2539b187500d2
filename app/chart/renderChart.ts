import type { Prediction } from '../../inference/prediction.js';
import type { Candle } from '../../market/candle.js';
import type { Locale } from '../locales.js';
import { TAG, chartLevels, spreadLabels, tagText, tagWidth, type ChartLevel } from './chartLevels.js';
import { CHART_SIZE, FONT_FAMILY, LEADER_WIDTH, chartGrid, chartOption, type ChartOption, type ChartText } from './chartOption.js';
import { echarts, type Echarts } from './echarts.js';
import { svgToPng } from './svgToPng.js';

/** The chart as an SVG string: candles, title, level lines and a price tag for each level; `text` in English when left out. */
export function renderChartSvg(candles: readonly Candle[], p: Prediction, text?: ChartText): string {
  const levels = chartLevels(p);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    chart.setOption(chartOption(candles, p, levels, text));
    chart.setOption({ graphic: levelTags(chart, levels, text?.locale) });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG for Telegram. */
export function renderChart(candles: readonly Candle[], p: Prediction, text?: ChartText): Promise<Buffer> {
  return svgToPng(renderChartSvg(candles, p, text));
}

/** A tag per level in the right margin, joined to its line by a short leader that slants if the tag moved. */
function levelTags(chart: Echarts.EChartsType, levels: ChartLevel[], locale: Locale = 'en'): NonNullable<ChartOption['graphic']> {
  const lineYs = levels.map((l) => chart.convertToPixel({ yAxisIndex: 0 }, l.price));
  const grid = chartGrid(levels, locale);
  const half = TAG.height / 2;
  const tagYs = spreadLabels(lineYs, TAG.height + TAG.gap, grid.top + half, CHART_SIZE.height - grid.bottom - half);
  const lineEnd = CHART_SIZE.width - grid.right;
  const x = lineEnd + LEADER_WIDTH;
  const width = tagWidth(levels, locale);
  return levels.flatMap((level, i) => {
    const lineY = lineYs[i]!;
    const tagY = tagYs[i]!;
    return [
      {
        type: 'polyline',
        silent: true,
        shape: { points: [[lineEnd, lineY], [x, tagY]] },
        style: { stroke: level.color, lineWidth: 2, fill: 'none' },
      },
      {
        type: 'rect',
        silent: true,
        shape: { x, y: tagY - half, width, height: TAG.height, r: 5 },
        style: { fill: level.color },
      },
      {
        type: 'text',
        silent: true,
        x: x + TAG.padding,
        y: tagY,
        style: {
          text: tagText(level, locale),
          fill: '#ffffff',
          fontFamily: FONT_FAMILY,
          fontSize: TAG.fontSize,
          fontWeight: 'bold',
          verticalAlign: 'middle',
        },
      },
    ];
  });
}
