/**
 * The indicators of the feature set as plain loops over typed arrays. Each follows technicalindicators
 * 3.1 operation for operation (the same running sums, seeds and rounding), so for positive prices every
 * value is bit-identical to that library's, which the models were trained on; the library itself builds
 * generators, linked lists and an object per value, and was most of a sweep's time. Every series is
 * aligned to its input: index i belongs to candle i, NaN before the indicator has enough candles.
 * tests/inference/features/indicatorMath.test.ts holds each one equal to the library.
 */

type Series = ArrayLike<number>;

/** A series of `length` NaNs: the value of every index before an indicator has enough candles. */
export function nanSeries(length: number): Float64Array {
  return new Float64Array(length).fill(NaN);
}

/** Simple moving average of values[start..]: a running sum, s ← (s − oldest) + newest. */
export function sma(values: Series, period: number, start = 0): Float64Array {
  const out = nanSeries(values.length);
  let sum = 0;
  for (let i = start; i < values.length; i++) {
    if (i - start < period - 1) {
      sum = sum + values[i]!;
    } else {
      sum = sum - (i - start === period - 1 ? 0 : values[i - period]!) + values[i]!;
      out[i] = sum / period;
    }
  }
  return out;
}

/**
 * Exponential smoothing of values[start..] with factor `k`, seeded with the SMA of its first `period`
 * values. A seed of 0 or NaN is not taken as is: technicalindicators' EMA then smooths the seeding value
 * once more, and so does this (`smoothFalsySeed`); its WEMA does not.
 */
function smoothed(values: Series, period: number, k: number, start: number, smoothFalsySeed: boolean): Float64Array {
  const out = nanSeries(values.length);
  const first = start + period - 1;
  if (first >= values.length) return out;
  // The SMA's first value, summed in the same order as sma().
  let sum = 0;
  for (let i = start; i <= first; i++) sum = sum + values[i]!;
  const seed = sum / period;
  let previous = smoothFalsySeed && !seed ? (values[first]! - seed) * k + seed : seed;
  out[first] = previous;
  for (let i = first + 1; i < values.length; i++) {
    previous = (values[i]! - previous) * k + previous;
    out[i] = previous;
  }
  return out;
}

/** EMA: factor 2 / (period + 1). */
export function ema(values: Series, period: number, start = 0): Float64Array {
  return smoothed(values, period, 2 / (period + 1), start, true);
}

/** Wilder's smoothing (technicalindicators' WEMA): factor 1 / period. */
function wilderEma(values: Series, period: number, start = 0): Float64Array {
  return smoothed(values, period, 1 / period, start, false);
}

export interface Macd {
  line: Float64Array;
  signal: Float64Array;
  histogram: Float64Array;
}

/** MACD with EMAs for both the oscillator and the signal. A signal of exactly 0 counts as missing, as in the library. */
export function macd(close: Series, fast: number, slow: number, signalPeriod: number): Macd {
  const n = close.length;
  const fastEma = ema(close, fast);
  const slowEma = ema(close, slow);
  const line = nanSeries(n);
  for (let i = slow - 1; i < n; i++) line[i] = fastEma[i]! - slowEma[i]!;
  const rawSignal = ema(line, signalPeriod, slow - 1);
  const signal = nanSeries(n);
  const histogram = nanSeries(n);
  for (let i = slow - 1; i < n; i++) {
    if (rawSignal[i]) signal[i] = rawSignal[i]!;
    histogram[i] = line[i]! - rawSignal[i]!;
  }
  return { line, signal, histogram };
}

/** Average true range: Wilder's smoothing of the true range, which starts at the second candle. */
export function atr(high: Series, low: Series, close: Series, period: number): Float64Array {
  const trueRange = nanSeries(close.length);
  for (let i = 1; i < close.length; i++) {
    const up = Math.abs(high[i]! - close[i - 1]!);
    const down = Math.abs(low[i]! - close[i - 1]!);
    trueRange[i] = Math.max(high[i]! - low[i]!, Number.isNaN(up) ? 0 : up, Number.isNaN(down) ? 0 : down);
  }
  return wilderEma(trueRange, period, 1);
}

/** Wilder's average of gains (sign 1) or losses (sign −1) between consecutive closes. */
function averageMove(close: Series, period: number, sign: 1 | -1): Float64Array {
  const out = nanSeries(close.length);
  let sum = 0;
  let average = NaN;
  for (let i = 1; i < close.length; i++) {
    const change = sign * (close[i]! - close[i - 1]!);
    const move = change > 0 ? change : 0;
    if (i < period) {
      sum = sum + move;
      continue;
    }
    average = i === period ? (sum + move) / period : (average * (period - 1) + move) / period;
    out[i] = average;
  }
  return out;
}

/** RSI rounded to 2 decimals, as the library gives it. */
export function rsi(close: Series, period: number): Float64Array {
  const gain = averageMove(close, period, 1);
  const loss = averageMove(close, period, -1);
  const out = nanSeries(close.length);
  for (let i = period; i < close.length; i++) {
    const g = gain[i]!;
    const l = loss[i]!;
    if (l === 0) out[i] = 100;
    else if (g === 0) out[i] = 0;
    else {
      const rs = g / l;
      out[i] = parseFloat((100 - 100 / (1 + (Number.isNaN(rs) ? 0 : rs))).toFixed(2));
    }
  }
  return out;
}

export interface Bands {
  upper: Float64Array;
  middle: Float64Array;
  lower: Float64Array;
}

/** Bollinger bands: SMA ± `width` population standard deviations of the same window. */
export function bollinger(close: Series, period: number, width: number): Bands {
  const middle = sma(close, period);
  const upper = nanSeries(close.length);
  const lower = nanSeries(close.length);
  for (let i = period - 1; i < close.length; i++) {
    const mean = middle[i]!;
    let sum = 0;
    for (let j = i - period + 1; j <= i; j++) sum = sum + Math.pow(close[j]! - mean, 2);
    const sd = Math.sqrt(sum / period);
    upper[i] = mean + sd * width;
    lower[i] = mean - sd * width;
  }
  return { upper, middle, lower };
}

/** Rate of change in percent over `period` candles. */
export function roc(close: Series, period: number): Float64Array {
  const out = nanSeries(close.length);
  for (let i = period; i < close.length; i++) out[i] = ((close[i]! - close[i - period]!) / close[i - period]!) * 100;
  return out;
}

/** Stochastic %K: where the close sits between the window's lowest low and highest high, 0–100 (0 on a flat window). */
export function stochasticK(high: Series, low: Series, close: Series, period: number): Float64Array {
  const out = nanSeries(close.length);
  for (let i = period - 1; i < close.length; i++) {
    let highest = high[i]!;
    let lowest = low[i]!;
    for (let j = i - period + 1; j < i; j++) {
      highest = Math.max(highest, high[j]!);
      lowest = Math.min(lowest, low[j]!);
    }
    const k = ((close[i]! - lowest) / (highest - lowest)) * 100;
    out[i] = Number.isNaN(k) ? 0 : k;
  }
  return out;
}

/** Sample standard deviation of log returns over the trailing `period` returns. */
export function logReturnStd(close: Series, period: number): Float64Array {
  const out = nanSeries(close.length);
  const returns = nanSeries(close.length);
  for (let i = 1; i < close.length; i++) returns[i] = Math.log(close[i]! / close[i - 1]!);
  for (let i = period; i < close.length; i++) {
    let sum = 0;
    for (let j = i - period + 1; j <= i; j++) sum = sum + returns[j]!;
    const mean = sum / period;
    let squares = 0;
    for (let j = i - period + 1; j <= i; j++) squares = squares + (returns[j]! - mean) ** 2;
    out[i] = Math.sqrt(squares / (period - 1));
  }
  return out;
}
