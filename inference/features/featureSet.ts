import type { Candle } from '../../market/candle.js';
import { basketColumn, CONTEXT_FEATURES, RETURN_LAGS } from './marketContext.js';
import type { PairSeries } from './pairSeries.js';

/**
 * The feature set: the one ordered list of features that the dataset exporter, the models and the live
 * pipeline share. Distances are in ATRs (the unit of the barriers and levels) or in the series' own
 * volatility, so a pair means the same in a calm 2019 and a wild 2021; only atr_rel stays in % of price,
 * because fees are. Changing a formula or the order means a new version: models trained on the old one
 * are then refused by the registry.
 */
export const FEATURE_SET = 'ctx34@2';

/** What a row reads: the pair's series at candle i, the candle, and the market context at its time. */
interface RowInput {
  s: PairSeries;
  i: number;
  candle: Candle;
  context: Float64Array | undefined;
}

interface FeatureDefinition {
  name: string;
  value(row: RowInput): number;
}

const atr = ({ s, i }: RowInput) => s.ind.atr14[i]!;
const inAtrs = (distance: (row: RowInput) => number) => (row: RowInput) => distance(row) / atr(row);
const lagged = (lag: number) => ({ s, i, candle }: RowInput) => candle.close - (i >= lag ? s.close[i - lag]! : NaN);

/** Hour of day and weekday on the unit circle, so 23:00 sits next to 00:00 and Sunday next to Monday. */
const DAY_MS = 86_400_000;
const hourAngle = (time: number) => (2 * Math.PI * (((time % DAY_MS) + DAY_MS) % DAY_MS)) / DAY_MS;
// 1970-01-01 was a Thursday: day 0 is weekday 4 (Sunday = 0).
const weekdayAngle = (time: number) => (2 * Math.PI * ((Math.floor(time / DAY_MS) + 4) % 7)) / 7;

const contextValue = (column: number) => ({ context }: RowInput) => (context ? context[column]! : NaN);

const FEATURES: readonly FeatureDefinition[] = [
  // The pair's own moves and trend, in ATRs.
  ...[1, 4, 16].map((lag) => ({ name: `ret${lag}_atr`, value: inAtrs(lagged(lag)) })),
  { name: 'ema12_dist_atr', value: inAtrs(({ s, i, candle }) => candle.close - s.ind.ema12[i]!) },
  { name: 'ema26_dist_atr', value: inAtrs(({ s, i, candle }) => candle.close - s.ind.ema26[i]!) },
  { name: 'sma50_dist_atr', value: inAtrs(({ s, i, candle }) => candle.close - s.sma50[i]!) },
  // MACD's signal line is the line minus the histogram: two of the three carry all of it.
  { name: 'macd_line_atr', value: inAtrs(({ s, i }) => s.ind.macdLine[i]!) },
  { name: 'macd_hist_atr', value: inAtrs(({ s, i }) => s.ind.macdHistogram[i]!) },
  {
    name: 'bb_position',
    value: ({ s, i, candle }) => {
      const half = s.ind.bbUpper[i]! - s.ind.bbMiddle[i]!;
      return half > 0 ? (candle.close - s.ind.bbMiddle[i]!) / half : 0;
    },
  },
  { name: 'bb_width_atr', value: inAtrs(({ s, i }) => s.ind.bbUpper[i]! - s.ind.bbLower[i]!) },
  { name: 'rsi14', value: ({ s, i }) => s.ind.rsi14[i]! },
  { name: 'stoch_k14', value: ({ s, i }) => s.ind.stochK14[i]! },
  // Room to the recent swing high and low.
  { name: 'high50_dist_atr', value: inAtrs(({ s, i, candle }) => s.high50[i]! - candle.close) },
  { name: 'low50_dist_atr', value: inAtrs(({ s, i, candle }) => candle.close - s.low50[i]!) },
  // Where the candle closed within its own range (1 = at the high); its body would repeat ret1_atr.
  {
    name: 'close_position',
    value: ({ candle }) => (candle.high > candle.low ? (candle.close - candle.low) / (candle.high - candle.low) : 0.5),
  },
  { name: 'range_atr', value: inAtrs(({ candle }) => candle.high - candle.low) },
  // Volatility regime.
  { name: 'atr_rel', value: ({ s, i, candle }) => s.ind.atr14[i]! / candle.close },
  { name: 'vol_ratio_20_50', value: ({ s, i }) => s.volatility20[i]! / s.volatility50[i]! },
  { name: 'atr_pct50', value: ({ s, i }) => s.atrPercentile50[i]! },
  // Volume against its own recent level.
  { name: 'volume_z20', value: ({ s, i }) => s.volumeZ20[i]! },
  { name: 'volume_z50', value: ({ s, i }) => s.volumeZ50[i]! },
  // Time: crypto trades around the clock, but not evenly.
  { name: 'hour_sin', value: ({ candle }) => Math.sin(hourAngle(candle.time)) },
  { name: 'hour_cos', value: ({ candle }) => Math.cos(hourAngle(candle.time)) },
  { name: 'weekday_sin', value: ({ candle }) => Math.sin(weekdayAngle(candle.time)) },
  { name: 'weekday_cos', value: ({ candle }) => Math.cos(weekdayAngle(candle.time)) },
  // The market: BTC, the basket, breadth, and the pair's strength against the basket.
  ...CONTEXT_FEATURES.map((name, column) => ({ name, value: contextValue(column) })),
  ...RETURN_LAGS.slice(1).map((lag) => {
    const k = RETURN_LAGS.indexOf(lag);
    const basket = contextValue(basketColumn(k));
    return { name: `rel_strength${lag}`, value: (row: RowInput) => row.s.scaledReturns[k]![row.i]! - basket(row) };
  }),
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

/** Writes candle i's features into `out` from `offset` on; true when every one is finite. */
export function writeFeatureRow(
  s: PairSeries,
  i: number,
  candle: Candle,
  context: Float64Array | undefined,
  out: Float32Array,
  offset: number,
): boolean {
  const row = { s, i, candle, context };
  let finite = true;
  for (let k = 0; k < FEATURES.length; k++) {
    const value = FEATURES[k]!.value(row);
    out[offset + k] = value;
    finite &&= Number.isFinite(out[offset + k]!);
  }
  return finite;
}
