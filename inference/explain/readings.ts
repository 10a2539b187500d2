import { featureColumn, featureValues, median } from './indicators.js';

export type RsiZone = 'overbought' | 'oversold' | 'neutral';
export type RelativeLevel = 'high' | 'normal' | 'low';

/** What the indicators read on the last candle of the window the model saw. */
export interface IndicatorReadings {
  rsi: { value: number; zone: RsiZone };
  /** MACD histogram divided by the close (its sign is the histogram's), and whether it grew on the last candle. */
  macd: { histogram: number; rising: boolean };
  /** Last candle's volume divided by its 20-candle average. */
  volume: { ratio: number; level: RelativeLevel };
  /** ATR(14) / close on the last candle, its median over the window, and their ratio. */
  volatility: { atrRel: number; typicalAtrRel: number; ratio: number; level: RelativeLevel };
}

/** The usual RSI bands. */
const RSI_OVERBOUGHT = 70;
const RSI_OVERSOLD = 30;
/** A ratio to the typical level above HIGH reads as high, below LOW as low. */
const HIGH_RATIO = 1.25;
const LOW_RATIO = 0.8;

function level(ratio: number): RelativeLevel {
  return ratio > HIGH_RATIO ? 'high' : ratio < LOW_RATIO ? 'low' : 'normal';
}

/** Readings from a row-major [rows, features] window whose columns are named by `features`. */
export function readIndicators(window: Float32Array, features: readonly string[]): IndicatorReadings {
  const width = features.length;
  const series = (name: string) => featureValues(window, width, featureColumn(features, name));
  const last = (values: number[]) => values[values.length - 1]!;

  const rsi = last(series('rsi14'));
  const histogram = series('macd_hist_rel');
  const volumeRatio = last(series('volume_ratio20'));
  const atr = series('atr14_rel');
  const typicalAtrRel = median(atr);
  const atrRatio = typicalAtrRel > 0 ? last(atr) / typicalAtrRel : 1;
  return {
    rsi: { value: rsi, zone: rsi > RSI_OVERBOUGHT ? 'overbought' : rsi < RSI_OVERSOLD ? 'oversold' : 'neutral' },
    macd: { histogram: last(histogram), rising: histogram.length > 1 && last(histogram) > histogram[histogram.length - 2]! },
    volume: { ratio: volumeRatio, level: level(volumeRatio) },
    volatility: { atrRel: last(atr), typicalAtrRel, ratio: atrRatio, level: level(atrRatio) },
  };
}
