import type { Candle } from '../../market/candle.js';
import type { IndicatorSeries } from './indicators.js';

/**
 * The feature set: the one ordered list of features that the dataset exporter, the models and the
 * live pipeline share. Every value is scale-free (relative to price or volume), so one pooled model
 * serves every pair. Changing a formula or the order means a new version: models trained on the old
 * one are then refused by the registry.
 */
export const FEATURE_SET = 'ta15@1';

interface FeatureDefinition {
  name: string;
  value(ind: IndicatorSeries, i: number, candle: Candle): number;
}

const relativeToClose = (series: keyof IndicatorSeries) => (ind: IndicatorSeries, i: number, c: Candle) =>
  ind[series][i]! / c.close;

const distanceFromClose = (series: keyof IndicatorSeries) => (ind: IndicatorSeries, i: number, c: Candle) =>
  (ind[series][i]! - c.close) / c.close;

const FEATURES: readonly FeatureDefinition[] = [
  { name: 'rsi14', value: (ind, i) => ind.rsi14[i]! },
  { name: 'macd_line_rel', value: relativeToClose('macdLine') },
  { name: 'macd_signal_rel', value: relativeToClose('macdSignal') },
  { name: 'macd_hist_rel', value: relativeToClose('macdHistogram') },
  { name: 'atr14_rel', value: relativeToClose('atr14') },
  { name: 'ema12_dist', value: distanceFromClose('ema12') },
  { name: 'ema26_dist', value: distanceFromClose('ema26') },
  { name: 'bb_upper_dist', value: distanceFromClose('bbUpper') },
  { name: 'bb_middle_dist', value: distanceFromClose('bbMiddle') },
  { name: 'bb_lower_dist', value: distanceFromClose('bbLower') },
  { name: 'bb_width', value: (ind, i) => (ind.bbUpper[i]! - ind.bbLower[i]!) / ind.bbMiddle[i]! },
  { name: 'volatility20', value: (ind, i) => ind.volatility20[i]! },
  // A pair that did not trade for 20 candles has no volume scale: call it ordinary (1) rather than NaN.
  { name: 'volume_ratio20', value: (ind, i, c) => (ind.volumeSma20[i]! > 0 ? c.volume / ind.volumeSma20[i]! : 1) },
  { name: 'roc10', value: (ind, i) => ind.roc10[i]! },
  { name: 'stoch_k14', value: (ind, i) => ind.stochK14[i]! },
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

/** Writes candle i's features into `out` from `offset` on; true when every one is finite. */
export function writeFeatureRow(ind: IndicatorSeries, i: number, candle: Candle, out: Float32Array, offset: number): boolean {
  let finite = true;
  for (let k = 0; k < FEATURES.length; k++) {
    const value = FEATURES[k]!.value(ind, i, candle);
    out[offset + k] = value;
    finite &&= Number.isFinite(value);
  }
  return finite;
}
