import { describe, expect, it } from 'vitest';
import type { Candle } from '../../../market/candle.js';
import { FACTOR_CANDLES, FACTORS, adx, dailyVolatility, meanRange, volumeVariation } from '../../../inference/risk/factors.js';
import { candlesFromCloses, repeat } from './candles.js';

/** Candles with explicit high/low/close (open = close), for the range factor. */
function bars(rows: readonly [high: number, low: number, close: number][]): Candle[] {
  return rows.map(([high, low, close], i) => ({ time: i * 3_600_000, open: close, high, low, close, volume: 1 }));
}

describe('risk factors', () => {
  it('weights add up to 1 and are 40/30/20/10 in that order', () => {
    expect(FACTORS.map((f) => [f.name, f.weight])).toEqual([
      ['volatility', 0.4],
      ['swings', 0.3],
      ['volume_volatility', 0.2],
      ['trend_strength', 0.1],
    ]);
  });

  it('volatility is the sample stdev of the last 24 log returns, times √24', () => {
    // 47 flat closes, then 25 closes alternating 100, 110: 24 returns of ±ln 1.1, mean 0.
    const closes = [...repeat([100], 47), ...repeat([100, 110], 25)];
    const a = Math.log(1.1);
    const expected = Math.sqrt((24 * a * a) / 23) * Math.sqrt(24);
    expect(dailyVolatility(candlesFromCloses(closes))).toBeCloseTo(expected, 12);
    // Wild moves before the last 25 closes do not count.
    const earlier = [...repeat([50, 200], 47), ...repeat([100, 110], 25)];
    expect(dailyVolatility(candlesFromCloses(earlier))).toBeCloseTo(expected, 12);
  });

  it('price swings are the mean (high − low) / close of the last 24 candles', () => {
    const old: [number, number, number][] = repeat([0], 48).map(() => [200, 50, 100]);
    const recent: [number, number, number][] = repeat([0, 1], 24).map((k) => (k ? [103, 99, 100] : [52, 50, 50]));
    // Half the candles swing 4/100, half 2/50: mean 0.04.
    expect(meanRange(bars([...old, ...recent]))).toBeCloseTo(0.04, 12);
  });

  it('volume volatility is the population stdev / mean of the last 24 volumes, 0 without volume', () => {
    const volumes = [...repeat([5_000], 48), ...repeat([100, 300], 24)];
    expect(volumeVariation(candlesFromCloses(repeat([1], 72), { volumes }))).toBeCloseTo(100 / 200, 12);
    expect(volumeVariation(candlesFromCloses(repeat([1], 72), { volumes: repeat([0], 72) }))).toBe(0);
  });

  it('trend strength is ADX(14): 100 for a price that only rises, 0 for one that never moves', () => {
    const rising = candlesFromCloses(Array.from({ length: FACTOR_CANDLES }, (_, i) => 100 + i), { range: 0 });
    expect(adx(rising)).toBeCloseTo(100, 9);
    const flat = candlesFromCloses(repeat([100], FACTOR_CANDLES), { range: 0 });
    expect(adx(flat)).toBe(0);
  });

  it('trend strength reads only the last 72 candles, so live and reference readings agree', () => {
    const closes = Array.from({ length: 200 }, (_, i) => 100 + 10 * Math.sin(i / 7) + i / 10);
    const all = candlesFromCloses(closes);
    expect(adx(all)).toBe(adx(all.slice(-FACTOR_CANDLES)));
    expect(adx(all)).toBeGreaterThan(0);
    expect(adx(all)).toBeLessThan(100);
  });

  it('ADX needs 2 × 14 candles: with fewer it is not a number', () => {
    expect(adx(candlesFromCloses(repeat([1, 2], 20)))).toBeNaN();
  });
});
