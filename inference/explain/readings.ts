import { featureColumn, featureValues, median } from './indicators.js';

export type RsiZone = 'overbought' | 'oversold' | 'neutral';
export type RelativeLevel = 'high' | 'normal' | 'low';

/** What the indicators read on the last candle of the window the model saw. */
export interface IndicatorReadings {
  rsi: { value: number; zone: RsiZone };
  /** MACD histogram in ATRs (its sign is the histogram's), and whether it grew on the last candle. */
  macd: { histogram: number; rising: boolean };
  /** Last candle's log volume in standard deviations from its 20-candle mean. */
  volume: { z: number; level: RelativeLevel };
  /** ATR(14) / close on the last candle, its median over the window, and their ratio. */
  volatility: { atrRel: number; typicalAtrRel: number; ratio: number; level: RelativeLevel };
  /** BTC's and the basket's move over the last 16 candles in their own volatility units, and the share of basket pairs up over 20. */
  market: { btcMove: number; basketMove: number; breadth: number };
}

/** The usual RSI bands. */
const RSI_OVERBOUGHT = 70;
const RSI_OVERSOLD = 30;
/** A ratio to the typical level above HIGH reads as high, below LOW as low. */
const HIGH_RATIO = 1.25;
const LOW_RATIO = 0.8;
/** A volume more than one standard deviation from its mean is unusual. */
const UNUSUAL_Z = 1;

function level(ratio: number): RelativeLevel {
  return ratio > HIGH_RATIO ? 'high' : ratio < LOW_RATIO ? 'low' : 'normal';
}

/** Readings from a row-major [rows, features] window whose columns are named by `features`. */
export function readIndicators(window: Float32Array, features: readonly string[]): IndicatorReadings {
  const width = features.length;
  const series = (name: string) => featureValues(window, width, featureColumn(features, name));
  const last = (values: number[]) => values[values.length - 1]!;

  const rsi = last(series('rsi14'));
  const histogram = series('macd_hist_atr');
  const volumeZ = last(series('volume_z20'));
  const atr = series('atr_rel');
  const typicalAtrRel = median(atr);
  const atrRatio = typicalAtrRel > 0 ? last(atr) / typicalAtrRel : 1;
  return {
    rsi: { value: rsi, zone: rsi > RSI_OVERBOUGHT ? 'overbought' : rsi < RSI_OVERSOLD ? 'oversold' : 'neutral' },
    macd: { histogram: last(histogram), rising: histogram.length > 1 && last(histogram) > histogram[histogram.length - 2]! },
    volume: { z: volumeZ, level: volumeZ > UNUSUAL_Z ? 'high' : volumeZ < -UNUSUAL_Z ? 'low' : 'normal' },
    volatility: { atrRel: last(atr), typicalAtrRel, ratio: atrRatio, level: level(atrRatio) },
    market: { btcMove: last(series('btc_z16')), basketMove: last(series('basket_z16')), breadth: last(series('breadth20')) },
  };
}
