import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, FEATURE_SET } from '../../inference/features/featureSet.js';
import { buildMarketContext, MARKET_LEADER } from '../../inference/features/marketContext.js';
import { computeFeatures, featureWindow, type FeatureMatrix } from '../../inference/features/pipeline.js';
import type { Candle } from '../../market/candle.js';

const HOUR = 3_600_000;
// 2024-01-01 00:00 UTC, a Monday.
const START = Date.UTC(2024, 0, 1);

/** A deterministic, irregular series: hand formulas below must agree with the pipeline on it. */
function series(length: number, shift = 0): Candle[] {
  return Array.from({ length }, (_, i) => {
    const close = 100 + 8 * Math.sin((i + shift) / 5) + 0.3 * i + (((i + shift) * 7) % 5) - 2;
    const open = close - Math.cos(i + shift) * 1.5;
    return {
      time: START + i * HOUR,
      open,
      high: Math.max(open, close) + 1 + (i % 3) * 0.5,
      low: Math.min(open, close) - 1 - (i % 4) * 0.25,
      close,
      volume: 1000 + (((i + shift) * 37) % 400),
    };
  });
}

const candles = series(150);
const btc = series(150, 3);
const eth = series(150, 11);
const context = buildMarketContext(new Map([[MARKET_LEADER, btc], ['ETH/USDT', eth]]), '1h');
const last = candles.length - 1;
const matrix = computeFeatures(candles, '1h', context);
const rowOf = (m: FeatureMatrix, i: number) => Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, m.values[i * m.width + k]!]));
const row = rowOf(matrix, last);

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sampleSd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
const logReturns = (cs: Candle[]) => cs.slice(1).map((c, i) => Math.log(c.close / cs[i]!.close));

/** A move over `lag` candles in units of the series' volatility (sample std of its last 50 log returns). */
function scaled(cs: Candle[], lag: number): number {
  const n = cs.length - 1;
  const volatility = sampleSd(logReturns(cs).slice(-50));
  return Math.log(cs[n]!.close / cs[n - lag]!.close) / (volatility * Math.sqrt(lag));
}

function wilderAtr(cs: Candle[]): number {
  const ranges = cs.slice(1).map((c, i) => Math.max(c.high - c.low, Math.abs(c.high - cs[i]!.close), Math.abs(c.low - cs[i]!.close)));
  let avg = mean(ranges.slice(0, 14));
  for (const r of ranges.slice(14)) avg = (avg * 13 + r) / 14;
  return avg;
}

function hand(): Record<string, number> {
  const c = candles[last]!;
  const atr = wilderAtr(candles);
  const last50 = candles.slice(-50);
  const logVolume = candles.slice(-20).map((x) => Math.log1p(x.volume));
  const volumeSd = Math.sqrt(mean(logVolume.map((v) => (v - mean(logVolume)) ** 2)));
  const hour = ((c.time - START) / HOUR) % 24;
  const weekday = (1 + Math.floor((c.time - START) / (24 * HOUR))) % 7;
  const basket = (lag: number) => (scaled(btc, lag) + scaled(eth, lag)) / 2;
  return {
    ret1_atr: (c.close - candles[last - 1]!.close) / atr,
    ret16_atr: (c.close - candles[last - 16]!.close) / atr,
    sma50_dist_atr: (c.close - mean(last50.map((x) => x.close))) / atr,
    high50_dist_atr: (Math.max(...last50.map((x) => x.high)) - c.close) / atr,
    low50_dist_atr: (c.close - Math.min(...last50.map((x) => x.low))) / atr,
    close_position: (c.close - c.low) / (c.high - c.low),
    range_atr: (c.high - c.low) / atr,
    atr_rel: atr / c.close,
    vol_ratio_20_50: sampleSd(logReturns(candles).slice(-20)) / sampleSd(logReturns(candles).slice(-50)),
    volume_z20: (logVolume.at(-1)! - mean(logVolume)) / volumeSd,
    hour_sin: Math.sin((2 * Math.PI * hour) / 24),
    hour_cos: Math.cos((2 * Math.PI * hour) / 24),
    weekday_sin: Math.sin((2 * Math.PI * weekday) / 7),
    weekday_cos: Math.cos((2 * Math.PI * weekday) / 7),
    btc_z1: scaled(btc, 1),
    btc_z16: scaled(btc, 16),
    basket_z4: basket(4),
    breadth20: mean([btc, eth].map((cs) => Number(cs[last]!.close > cs[last - 20]!.close))),
    rel_strength16: scaled(candles, 16) - basket(16),
  };
}

describe(`feature set ${FEATURE_SET}`, () => {
  it.each(Object.entries(hand()))('%s matches the value computed by hand', (name, expected) => {
    expect(Math.abs(row[name]! - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-5 + 1e-6);
  });

  it('names no feature twice and no feature that another one already sums up', () => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
    for (const gone of ['macd_signal_rel', 'bb_upper_dist', 'bb_lower_dist', 'body_atr']) expect(FEATURE_NAMES).not.toContain(gone);
  });

  it('is finite once the 50-candle lookbacks have filled, and not before', () => {
    const firstFinite = matrix.finite.indexOf(1);
    expect(firstFinite).toBeGreaterThanOrEqual(50);
    expect(firstFinite).toBeLessThanOrEqual(64);
    expect(matrix.finite.subarray(firstFinite).every((f) => f === 1)).toBe(true);
    expect(matrix.atr[last]).toBeGreaterThan(0);
  });

  it('gives a window only when every row of it is finite', () => {
    expect(featureWindow(matrix, last, 60)?.length).toBe(60 * FEATURE_NAMES.length);
    expect(featureWindow(matrix, 100, 60)).toBeNull();
  });

  it('restarts after a gap in the candles instead of bridging it', () => {
    const gapped = [...candles.slice(0, 70), ...candles.slice(75)];
    const features = computeFeatures(gapped, '1h', context);
    // The candles after the gap are a new run with its own warm-up.
    expect(features.finite[69]).toBe(1);
    expect(features.finite[70]).toBe(0);
    expect(features.finite[gapped.length - 1]).toBe(1);
    expect(rowOf(features, gapped.length - 1)).toEqual(rowOf(computeFeatures(gapped.slice(70), '1h', context), gapped.length - 71));
  });

  it('makes no row without the market leader', () => {
    const withoutBtc = buildMarketContext(new Map([['ETH/USDT', eth]]), '1h');
    expect(computeFeatures(candles, '1h', withoutBtc).finite.every((f) => f === 0)).toBe(true);
  });

  it('is scale-free: the same market at 1000× the price gives the same features', () => {
    const scaledUp = candles.map((c) => ({ ...c, open: c.open * 1000, high: c.high * 1000, low: c.low * 1000, close: c.close * 1000 }));
    const other = rowOf(computeFeatures(scaledUp, '1h', context), last);
    for (const name of FEATURE_NAMES) expect(other[name]).toBeCloseTo(row[name]!, 2);
  });
});
