import type { Echarts } from './echarts.js';
import type { Prediction } from '../../inference/prediction.js';
import type { Candle } from '../../market/candle.js';
import { timeframeMs } from '../../market/timeframes.js';
import { formatPercent, formatPrice, formatUtc } from '../formatNumbers.js';
import { DOWN_COLOR, UP_COLOR, chartLevels, tagWidth, type ChartLevel } from './chartLevels.js';

export type ChartOption = Echarts.ComposeOption<
  | Echarts.CandlestickSeriesOption
  | Echarts.GridComponentOption
  | Echarts.TitleComponentOption
  | Echarts.MarkLineComponentOption
  | Echarts.GraphicComponentOption
>;

/** Sized for a phone: Telegram shows it about 400 px wide, so every font is large. */
export const CHART_SIZE = { width: 1000, height: 640 };
/** Room for a leader line from each level to its tag. */
export const LEADER_WIDTH = 14;
export const FONT_FAMILY = 'DejaVu Sans';
const TEXT_COLOR = '#111827';
const MUTED_COLOR = '#6b7280';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Plot margins in pixels; the right one holds the leaders and the widest level tag. */
export function chartGrid(levels: readonly ChartLevel[]) {
  return { top: 92, bottom: 44, left: 16, right: LEADER_WIDTH + tagWidth(levels) + 6 };
}

/** The candles the prediction was based on (none newer than its candle), oldest first. */
export function shownCandles(candles: readonly Candle[], p: Prediction): Candle[] {
  return candles.filter((c) => c.time <= p.candleTime);
}

export function chartTitle(p: Prediction): string {
  const direction = p.direction === 'NO_TRADE' ? 'NO TRADE' : p.direction;
  return `${p.symbol} · ${p.timeframe} · ${direction} ${formatPercent(p.confidence)}`;
}

/** Candles, title and level lines; the level tags are added once the axis can place them (renderChart). */
export function chartOption(candles: readonly Candle[], p: Prediction, levels: ChartLevel[] = chartLevels(p)): ChartOption {
  const shown = shownCandles(candles, p);
  const prices = [...shown.flatMap((c) => [c.low, c.high]), ...levels.map((l) => l.price)];
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  // Room above and below so the outermost level is never drawn on the grid's edge.
  const pad = (high - low || Math.abs(high) || 1) * 0.05;
  const step = timeframeMs(p.timeframe);
  const labelEvery = Math.max(1, Math.ceil(shown.length / 4));
  const grid = chartGrid(levels);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: chartTitle(p),
      subtext: `${shown.length} × ${p.timeframe} candles to ${formatUtc(p.candleTime + step)}`,
      left: grid.left,
      top: 10,
      textStyle: { fontSize: 32, fontWeight: 'bold', color: TEXT_COLOR },
      subtextStyle: { fontSize: 20, color: MUTED_COLOR },
    },
    grid: { ...grid, containLabel: true },
    xAxis: {
      type: 'category',
      data: shown.map((c) => axisTime(c.time, p.timeframe === '1d')),
      boundaryGap: true,
      axisLine: { lineStyle: { color: MUTED_COLOR } },
      axisTick: { show: false },
      axisLabel: { fontSize: 18, color: MUTED_COLOR, interval: labelEvery - 1 },
    },
    yAxis: {
      type: 'value',
      min: low - pad,
      max: high + pad,
      splitNumber: 5,
      splitLine: { lineStyle: { color: '#e5e7eb' } },
      axisLabel: {
        fontSize: 18,
        color: MUTED_COLOR,
        showMinLabel: false,
        showMaxLabel: false,
        formatter: (value: number) => formatPrice(value),
      },
    },
    series: [
      {
        type: 'candlestick',
        data: shown.map((c) => [c.open, c.close, c.low, c.high]),
        barMaxWidth: 14,
        itemStyle: { color: UP_COLOR, borderColor: UP_COLOR, color0: DOWN_COLOR, borderColor0: DOWN_COLOR },
        markLine: {
          silent: true,
          symbol: ['none', 'none'],
          label: { show: false },
          data: levels.map((l) => ({
            yAxis: l.price,
            lineStyle: { color: l.color, width: 2, type: l.dashed ? 'dashed' : 'solid' },
          })),
        },
      },
    ],
  };
}

/** "Nov 20 11:00" for intraday candles, "Nov 20" for daily ones (UTC). */
function axisTime(ms: number, daily: boolean): string {
  const d = new Date(ms);
  const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return daily ? day : `${day} ${d.toISOString().slice(11, 16)}`;
}
