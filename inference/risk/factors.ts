import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import { wilderAdx } from './adx.js';

/**
 * The risk factors: the one list that the reference builder, the risk service and the reply share.
 * Every value is scale-free, so one reference distribution serves BTC and a small coin alike.
 * Changing a formula, a window or the timeframe means a new FACTOR_SET: a reference built on the old
 * one is then refused at start-up.
 */
export const FACTOR_SET = 'risk@1';

/** Every factor is computed on closed 1h candles. */
export const RISK_TIMEFRAME: Timeframe = '1h';

/** Candles in the short window of volatility, swings and volume volatility: one day of 1h candles. */
const SHORT_WINDOW = 24;
const ADX_PERIOD = 14;
/**
 * Candles one factor reading looks at. ADX is Wilder-smoothed, so its value depends on how far back it
 * starts: a fixed input length keeps live readings equal to the reference's.
 */
export const FACTOR_CANDLES = 72;

export type FactorName = 'volatility' | 'swings' | 'volume_volatility' | 'trend_strength';

export interface FactorDefinition {
  name: FactorName;
  label: string;
  /** Share of the score; the weights add up to 1. */
  weight: number;
  /** How the value reads: a percentage (0.023 → 2.3%), or an index as is (ADX 31). */
  unit: 'percent' | 'index';
  /** One reading from exactly the last FACTOR_CANDLES candles, oldest first. */
  compute(candles: readonly Candle[]): number;
}

export const FACTORS: readonly FactorDefinition[] = [
  { name: 'volatility', label: 'Volatility', weight: 0.4, unit: 'percent', compute: dailyVolatility },
  { name: 'swings', label: 'Price swings', weight: 0.3, unit: 'percent', compute: meanRange },
  { name: 'volume_volatility', label: 'Volume volatility', weight: 0.2, unit: 'percent', compute: volumeVariation },
  { name: 'trend_strength', label: 'Trend strength', weight: 0.1, unit: 'index', compute: adx },
];

/**
 * Sample standard deviation of the last 24 hourly log returns of the close, times √24: the typical
 * move over one day, e.g. 0.03 = 3% a day.
 */
export function dailyVolatility(candles: readonly Candle[]): number {
  const closes = candles.slice(-(SHORT_WINDOW + 1)).map((c) => c.close);
  const returns = closes.slice(1).map((close, i) => Math.log(close / closes[i]!));
  return sampleStdev(returns) * Math.sqrt(SHORT_WINDOW);
}

/** Mean of (high − low) / close over the last 24 candles: how far price swings within an hour. */
export function meanRange(candles: readonly Candle[]): number {
  const last = candles.slice(-SHORT_WINDOW);
  return mean(last.map((c) => (c.high - c.low) / c.close));
}

/**
 * Coefficient of variation (population stdev / mean) of the volume of the last 24 candles. A pair that
 * did not trade at all has no volume scale: call that 0 rather than NaN.
 */
export function volumeVariation(candles: readonly Candle[]): number {
  const volumes = candles.slice(-SHORT_WINDOW).map((c) => c.volume);
  const average = mean(volumes);
  if (average <= 0) return 0;
  return Math.sqrt(mean(volumes.map((v) => (v - average) ** 2))) / average;
}

/**
 * ADX(14) (Wilder) at the last candle, computed from the last FACTOR_CANDLES candles; 0–100, above ~25
 * reads as a trend. A price that never moved gives 0/0 there: no trend, 0.
 */
export function adx(candles: readonly Candle[]): number {
  const window = candles.slice(-FACTOR_CANDLES);
  if (window.length < 2 * ADX_PERIOD) return NaN;
  const value = wilderAdx(window, ADX_PERIOD);
  return Number.isFinite(value) ? value : 0;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function sampleStdev(values: readonly number[]): number {
  const average = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - average) ** 2, 0) / (values.length - 1));
}
