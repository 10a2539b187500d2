import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, FEATURE_SET } from '../../inference/features/featureSet.js';
import { computeFeatures, featureWindow } from '../../inference/features/pipeline.js';
import type { Candle } from '../../market/candle.js';

/** A deterministic, irregular series: hand formulas below must agree with the pipeline on it. */
const candles: Candle[] = Array.from({ length: 80 }, (_, i) => {
  const close = 100 + 8 * Math.sin(i / 5) + 0.3 * i + ((i * 7) % 5) - 2;
  const open = close - Math.cos(i) * 1.5;
  return {
    time: i * 3_600_000,
    open,
    high: Math.max(open, close) + 1 + (i % 3) * 0.5,
    low: Math.min(open, close) - 1 - (i % 4) * 0.25,
    close,
    volume: 1000 + ((i * 37) % 400),
  };
});
const close = candles.map((c) => c.close);
const last = candles.length - 1;

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** EMA seeded with the SMA of the first `period` values, as is standard. */
function ema(values: number[], period: number): number[] {
  const k = 2 / (period + 1);
  const out: number[] = [mean(values.slice(0, period))];
  for (const v of values.slice(period)) out.push(v * k + out.at(-1)! * (1 - k));
  return out;
}

/** Wilder's smoothing seeded with the mean of the first `period` values. */
function wilder(values: number[], period: number): number {
  let avg = mean(values.slice(0, period));
  for (const v of values.slice(period)) avg = (avg * (period - 1) + v) / period;
  return avg;
}

function hand() {
  const changes = close.slice(1).map((c, i) => c - close[i]!);
  const gain = wilder(changes.map((d) => Math.max(d, 0)), 14);
  const loss = wilder(changes.map((d) => Math.max(-d, 0)), 14);
  const rsi = 100 - 100 / (1 + gain / loss);
  const ema12 = ema(close, 12);
  const ema26 = ema(close, 26);
  const macd = ema26.map((slow, i) => ema12[i + 14]! - slow);
  const signal = ema(macd, 9).at(-1)!;
  const trueRanges = candles.slice(1).map((c, i) => Math.max(c.high - c.low, Math.abs(c.high - close[i]!), Math.abs(c.low - close[i]!)));
  const atr = wilder(trueRanges, 14);
  const last20 = close.slice(-20);
  const mid = mean(last20);
  const sd = Math.sqrt(mean(last20.map((x) => (x - mid) ** 2)));
  const returns = close.slice(-21).map((c, i, xs) => (i === 0 ? 0 : Math.log(c / xs[i - 1]!))).slice(1);
  const r = mean(returns);
  const volatility = Math.sqrt(returns.reduce((s, x) => s + (x - r) ** 2, 0) / 19);
  const window14 = candles.slice(-14);
  const lowest = Math.min(...window14.map((c) => c.low));
  const highest = Math.max(...window14.map((c) => c.high));
  const c = close[last]!;
  return {
    rsi14: rsi,
    macd_line_rel: macd.at(-1)! / c,
    macd_signal_rel: signal / c,
    macd_hist_rel: (macd.at(-1)! - signal) / c,
    atr14_rel: atr / c,
    ema12_dist: (ema12.at(-1)! - c) / c,
    ema26_dist: (ema26.at(-1)! - c) / c,
    bb_upper_dist: (mid + 2 * sd - c) / c,
    bb_middle_dist: (mid - c) / c,
    bb_lower_dist: (mid - 2 * sd - c) / c,
    bb_width: (4 * sd) / mid,
    volatility20: volatility,
    volume_ratio20: candles[last]!.volume / mean(candles.slice(-20).map((x) => x.volume)),
    roc10: ((c - close[last - 10]!) / close[last - 10]!) * 100,
    stoch_k14: ((c - lowest) / (highest - lowest)) * 100,
  };
}

describe(`feature set ${FEATURE_SET}`, () => {
  const matrix = computeFeatures(candles);
  const row = Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, matrix.values[last * matrix.width + k]!]));

  it.each(Object.entries(hand()))('%s matches the value computed by hand', (name, expected) => {
    // RSI comes rounded to 2 decimals from technicalindicators; the rest only loses float32 precision.
    const tolerance = name === 'rsi14' ? 0.01 : Math.abs(expected) * 1e-5 + 1e-7;
    expect(Math.abs(row[name]! - expected)).toBeLessThanOrEqual(tolerance);
  });

  it('is complete from the first valid row on and NaN-free nowhere before the warm-up ends', () => {
    expect(matrix.firstValid).toBe(33);
    const valid = matrix.values.subarray(matrix.firstValid * matrix.width);
    expect(valid.every(Number.isFinite)).toBe(true);
    expect(matrix.atr[last]).toBeGreaterThan(0);
  });

  it('gives a window only when it stays clear of the warm-up', () => {
    expect(featureWindow(matrix, last, 40)?.length).toBe(40 * FEATURE_NAMES.length);
    expect(featureWindow(matrix, 50, 40)).toBeNull();
  });

  it('is scale-free: the same market at 1000× the price gives the same features', () => {
    const scaled = candles.map((c) => ({ ...c, open: c.open * 1000, high: c.high * 1000, low: c.low * 1000, close: c.close * 1000 }));
    const other = computeFeatures(scaled);
    const a = Array.from(matrix.values.subarray(last * matrix.width));
    const b = Array.from(other.values.subarray(last * other.width));
    b.forEach((v, k) => expect(v).toBeCloseTo(a[k]!, 2));
  });
});
