import type { Echarts } from './echarts.js';
import type { Prediction } from '../../inference/prediction.js';
import type { Candle } from '../../market/candle.js';
import { timeframeMs } from '../../market/timeframes.js';
import { formatPercent, formatPrice, formatUtc } from '../formatNumbers.js';
import { INTL_LOCALE, LOCALES, type Locale } from '../locales.js';
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
// "Nov 20" (en), "20 Nov" (id): the day and month of an axis label, as each language writes them.
const AXIS_DAY = Object.fromEntries(
  LOCALES.map((locale) => [locale, new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', month: 'short', day: 'numeric' })]),
) as Record<Locale, Intl.DateTimeFormat>;

/** The words on a chart, in its reader's language: the caller (the bot) formats them; English by default. */
export interface ChartText {
  title: string;
  subtitle: string;
  /** Prices and axis dates are formatted in this language. */
  locale: Locale;
}

/** Plot margins in pixels; the right one holds the leaders and the widest level tag. */
export function chartGrid(levels: readonly ChartLevel[], locale: Locale = 'en') {
  return { top: 92, bottom: 44, left: 16, right: LEADER_WIDTH + tagWidth(levels, locale) + 6 };
}

/** The candles the prediction was based on (none newer than its candle), oldest first. */
export function shownCandles(candles: readonly Candle[], p: Prediction): Candle[] {
  return candles.filter((c) => c.time <= p.candleTime);
}

export function chartTitle(p: Prediction): string {
  const direction = p.direction === 'NO_TRADE' ? 'NO TRADE' : p.direction;
  return `${p.symbol} · ${p.timeframe} · ${direction} ${formatPercent(p.confidence)}`;
}

/** "24 × 1h candles to 2024-01-15 14:00 UTC": how many candles are shown, up to the end of the last one. */
export function chartSubtitle(candles: readonly Candle[], p: Prediction): string {
  return `${shownCandles(candles, p).length} × ${p.timeframe} candles to ${formatUtc(chartEnd(p))}`;
}

/** The close time of the prediction's candle: where the chart ends. */
export function chartEnd(p: Prediction): number {
  return p.candleTime + timeframeMs(p.timeframe);
}

/** Candles, title and level lines; the level tags are added once the axis can place them (renderChart). */
export function chartOption(
  candles: readonly Candle[],
  p: Prediction,
  levels: ChartLevel[] = chartLevels(p),
  text: ChartText = { title: chartTitle(p), subtitle: chartSubtitle(candles, p), locale: 'en' },
): ChartOption {
  const shown = shownCandles(candles, p);
  const prices = [...shown.flatMap((c) => [c.low, c.high]), ...levels.map((l) => l.price)];
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  // Room above and below so the outermost level is never drawn on the grid's edge.
  const pad = (high - low || Math.abs(high) || 1) * 0.05;
  const labelEvery = Math.max(1, Math.ceil(shown.length / 4));
  const grid = chartGrid(levels, text.locale);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: text.title,
      subtext: text.subtitle,
      left: grid.left,
      top: 10,
      textStyle: { fontSize: 32, fontWeight: 'bold', color: TEXT_COLOR },
      subtextStyle: { fontSize: 20, color: MUTED_COLOR },
    },
    grid: { ...grid, containLabel: true },
    xAxis: {
      type: 'category',
      data: shown.map((c) => axisTime(c.time, p.timeframe === '1d', text.locale)),
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
        formatter: (value: number) => formatPrice(value, text.locale),
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

/** "Nov 20 11:00" for intraday candles, "Nov 20" for daily ones (UTC); "20 Nov 11:00" in Indonesian. */
function axisTime(ms: number, daily: boolean, locale: Locale): string {
  const day = AXIS_DAY[locale].format(ms);
  return daily ? day : `${day} ${new Date(ms).toISOString().slice(11, 16)}`;
}
