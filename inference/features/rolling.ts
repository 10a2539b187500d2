/**
 * Fixed-lookback statistics for the features that are not technicalindicators' own. Each value at index i
 * is computed afresh from values[i − period + 1 .. i] (no running sums), so it depends only on those values:
 * a live fetch of the last few hundred candles and the full history give bit-identical results.
 */

import { nanSeries } from './indicatorMath.js';

type Series = ArrayLike<number>;

/** Mean of values[i − period + 1 .. i] and the sum of their squared deviations from it. */
function moments(values: Series, i: number, period: number): { mean: number; squares: number } {
  let sum = 0;
  for (let j = i - period + 1; j <= i; j++) sum += values[j]!;
  const mean = sum / period;
  let squares = 0;
  for (let j = i - period + 1; j <= i; j++) squares += (values[j]! - mean) ** 2;
  return { mean, squares };
}

/** `value(i)` for every index with a full trailing window of `period`; NaN before. */
function trailing(length: number, period: number, value: (i: number) => number): Float64Array {
  const out = nanSeries(length);
  for (let i = period - 1; i < length; i++) out[i] = value(i);
  return out;
}

/** Simple mean of the trailing `period` values. */
export function rollingMean(values: Series, period: number): Float64Array {
  return trailing(values.length, period, (i) => moments(values, i, period).mean);
}

/** (value − trailing mean) / trailing population std; 0 when the window is flat. */
export function rollingZScore(values: Series, period: number): Float64Array {
  return trailing(values.length, period, (i) => {
    const { mean, squares } = moments(values, i, period);
    const sd = Math.sqrt(squares / period);
    return sd > 0 ? (values[i]! - mean) / sd : 0;
  });
}

/** The highest (`Math.max`) or lowest (`Math.min`) of the trailing `period` values. */
function rollingExtreme(values: Series, period: number, pick: (a: number, b: number) => number): Float64Array {
  return trailing(values.length, period, (i) => {
    let best = values[i]!;
    for (let j = i - period + 1; j < i; j++) best = pick(best, values[j]!);
    return best;
  });
}

export function rollingMax(values: Series, period: number): Float64Array {
  return rollingExtreme(values, period, Math.max);
}

export function rollingMin(values: Series, period: number): Float64Array {
  return rollingExtreme(values, period, Math.min);
}

/** Share of the trailing `period` values at or below the current one, in (0, 1]; NaN if any is NaN. */
export function percentileRank(values: Series, period: number): Float64Array {
  const out = nanSeries(values.length);
  for (let i = period - 1; i < values.length; i++) {
    let below = 0;
    let missing = false;
    for (let j = i - period + 1; j <= i; j++) {
      if (Number.isNaN(values[j]!)) missing = true;
      else if (values[j]! <= values[i]!) below++;
    }
    out[i] = missing || Number.isNaN(values[i]!) ? NaN : below / period;
  }
  return out;
}

/** ln(close[i] / close[i − lag]) scaled by `scale[i]`·√lag: a move in units of the series' own volatility. */
export function scaledReturn(close: Series, lag: number, scale: Series): Float64Array {
  const out = nanSeries(close.length);
  for (let i = lag; i < close.length; i++) out[i] = Math.log(close[i]! / close[i - lag]!) / (scale[i]! * Math.sqrt(lag));
  return out;
}
