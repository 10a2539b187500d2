import { FONT_FAMILY } from '../app/chart/chartOption.js';
import { echarts, type Echarts } from '../app/chart/echarts.js';
import { svgToPng } from '../app/chart/svgToPng.js';
import type { CurvePoints } from './report.js';

type EquityOption = Echarts.ComposeOption<
  Echarts.LineSeriesOption | Echarts.GridComponentOption | Echarts.TitleComponentOption | Echarts.LegendComponentOption
>;

const SIZE = { width: 1400, height: 800 };
/** More points than pixels only slows the render. */
const MAX_POINTS = 1500;
const TIMEFRAME_COLORS = ['#93c5fd', '#86efac', '#fcd34d', '#f9a8d4'];

/** Strategy against buy and hold: the overall curves bold, each timeframe's strategy thin behind them. */
function equityChartOption(curves: readonly CurvePoints[], title: string): EquityOption {
  const main = curves.find((c) => c.timeframe === 'all') ?? curves[0]!;
  const perTimeframe = curves.length > 1 ? curves.filter((c) => c.timeframe !== 'all') : [];
  const line = (name: string, times: number[], values: number[], color: string, width: number): Echarts.LineSeriesOption => ({
    type: 'line',
    name,
    data: thin(times, values),
    showSymbol: false,
    lineStyle: { color, width },
    itemStyle: { color },
  });
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: title,
      subtext: 'portfolio value, start = 1, log scale · fees included',
      left: 20,
      top: 12,
      textStyle: { fontSize: 24, color: '#111827' },
      subtextStyle: { fontSize: 16, color: '#6b7280' },
    },
    legend: { top: 84, left: 20, itemGap: 24, textStyle: { fontSize: 16 } },
    grid: { top: 130, left: 70, right: 40, bottom: 50 },
    xAxis: { type: 'time', axisLabel: { fontSize: 15 } },
    // Log scale: buy and hold of a bull run dwarfs a strategy that trades 1/P per alert on a linear axis.
    yAxis: { type: 'log', logBase: 2, axisLabel: { fontSize: 15 } },
    series: [
      ...perTimeframe.map((c, k) =>
        line(`strategy ${c.timeframe}`, c.times, c.strategy, TIMEFRAME_COLORS[k % TIMEFRAME_COLORS.length]!, 1.5),
      ),
      line(`buy & hold${perTimeframe.length ? ' (all)' : ''}`, main.times, main.buyAndHold, '#6b7280', 3),
      line(`strategy${perTimeframe.length ? ' (all)' : ''}`, main.times, main.strategy, '#1d4ed8', 3),
    ],
  };
}

function renderEquitySvg(curves: readonly CurvePoints[], title: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...SIZE });
  try {
    chart.setOption(equityChartOption(curves, title));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The equity chart as a PNG (SVG rendered by echarts, rasterised by resvg). */
export function renderEquityChart(curves: readonly CurvePoints[], title: string): Promise<Buffer> {
  return svgToPng(renderEquitySvg(curves, title));
}

/** At most MAX_POINTS [time, value] points, evenly spaced, the last always kept. */
function thin(times: readonly number[], values: readonly number[]): [number, number][] {
  const step = Math.max(1, Math.ceil(times.length / MAX_POINTS));
  const points: [number, number][] = [];
  for (let k = 0; k < times.length; k += step) points.push([times[k]!, values[k]!]);
  const last = times.length - 1;
  if (last >= 0 && last % step !== 0) points.push([times[last]!, values[last]!]);
  return points;
}
