import ti from 'technicalindicators';
import { describe, expect, it } from 'vitest';
import { wilderAdx } from '../../../inference/risk/adx.js';
import { syntheticCandles } from '../../../market/syntheticCandles.js';

const library = (candles: ReturnType<typeof syntheticCandles>, period: number) =>
  ti.ADX.calculate({ high: candles.map((c) => c.high), low: candles.map((c) => c.low), close: candles.map((c) => c.close), period }).at(-1)?.adx;

describe('wilderAdx', () => {
  it.each([
    [1, 72, 14],
    [2, 72, 14],
    [3, 28, 14],
    [4, 200, 14],
    [5, 40, 5],
  ])('equals technicalindicators\' ADX (seed %i, %i candles, period %i)', (seed, count, period) => {
    const candles = syntheticCandles({ count, timeframe: '1h', end: Date.UTC(2024, 0, 1), seed, volatility: 0.02 });
    expect(wilderAdx(candles, period)).toBeCloseTo(library(candles, period)!, 9);
  });

  it('is not a number with fewer than 2 × period candles', () => {
    const candles = syntheticCandles({ count: 27, timeframe: '1h', end: Date.UTC(2024, 0, 1) });
    expect(wilderAdx(candles, 14)).toBeNaN();
    expect(library(candles, 14)).toBeUndefined();
  });
});
