/**
 * Fixed-lookback statistics for the features that are not technicalindicators' own. Each value at index i
 * is computed afresh from values[i − period + 1 .. i] (no running sums), so it depends only on those values:
 * a live fetch of the last few hundred candles and the full history give bit-identical results.
 */

type Series = ArrayLike<number>;

function nanSeries(length: number): Float64Array {
  return new Float64Array(length).fill(NaN);
}

/** Sample standard deviation of the trailing `period` values (NaN while any of them is NaN). */
export function rollingStd(values: Series, period: number): Float64Array {
  const out = nanSeries(values.length);
  for (let i = period - 1; i < values.length; i++) {
    let sum = 0;
    for (let j = i - period + 1; j <= i; j++) sum += values[j]!;
    const mean = sum / period;
    let squares = 0;
    for (let j = i - period + 1; j <= i; j++) squares += (values[j]! - mean) ** 2;
    out[i] = Math.sqrt(squares / (period - 1));
  }
  return out;
}

/** Simple mean of the trailing `period` values. */
export function rollingMean(values: Series, period: number): Float64Array {
  const out = nanSeries(values.length);
  for (let i = period - 1; i < values.length; i++) {
    let sum = 0;
    for (let j = i - period + 1; j <= i; j++) sum += values[j]!;
    out[i] = sum / period;
  }
  return out;
}

/** (value − trailing mean) / trailing population std; 0 when the window is flat. */
export function rollingZScore(values: Series, period: number): Float64Array {
  const out = nanSeries(values.length);
  for (let i = period - 1; i < values.length; i++) {
    let sum = 0;
    for (let j = i - period + 1; j <= i; j++) sum += values[j]!;
    const mean = sum / period;
    let squares = 0;
    for (let j = i - period + 1; j <= i; j++) squares += (values[j]! - mean) ** 2;
    const sd = Math.sqrt(squares / period);
    out[i] = sd > 0 ? (values[i]! - mean) / sd : 0;
  }
  return out;
}

export function rollingMax(values: Series, period: number): Float64Array {
  const out = nanSeries(values.length);
  for (let i = period - 1; i < values.length; i++) {
    let best = values[i]!;
    for (let j = i - period + 1; j < i; j++) best = Math.max(best, values[j]!);
    out[i] = best;
  }
  return out;
}

export function rollingMin(values: Series, period: number): Float64Array {
  const out = nanSeries(values.length);
  for (let i = period - 1; i < values.length; i++) {
    let best = values[i]!;
    for (let j = i - period + 1; j < i; j++) best = Math.min(best, values[j]!);
    out[i] = best;
  }
  return out;
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

/** ln(close[i] / close[i − 1]); NaN at 0. */
export function logReturns(close: Series): Float64Array {
  const out = nanSeries(close.length);
  for (let i = 1; i < close.length; i++) out[i] = Math.log(close[i]! / close[i - 1]!);
  return out;
}

/** ln(close[i] / close[i − lag]) scaled by `scale[i]`·√lag: a move in units of the series' own volatility. */
export function scaledReturn(close: Series, lag: number, scale: Series): Float64Array {
  const out = nanSeries(close.length);
  for (let i = lag; i < close.length; i++) out[i] = Math.log(close[i]! / close[i - lag]!) / (scale[i]! * Math.sqrt(lag));
  return out;
}
