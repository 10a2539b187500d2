import { describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import { checkCandles } from '../../market/candleChecks.js';
import { BadCandlesError } from '../../market/errors.js';

const H = 3_600_000;
const NOW = 100 * H + 60_000;
const candle = (hour: number, over: Partial<Candle> = {}): Candle => ({ time: hour * H, open: 10, high: 11, low: 9, close: 10.5, volume: 5, ...over });
const series = (hours: number[], over: (hour: number) => Partial<Candle> = () => ({})) => hours.map((h) => candle(h, over(h)));
const check = (candles: Candle[]) => checkCandles(candles, 'ETH/USDT', '1h', NOW);

describe('candles from the exchange', () => {
  it('a clean, fresh series passes sorted, with a repeated candle kept once (the later row wins)', () => {
    const candles = [...series([99, 97, 98]), candle(98, { close: 10.9 })];
    expect(check(candles)).toEqual([candle(97), candle(98, { close: 10.9 }), candle(99)]);
  });

  it.each([
    ['a price at zero', { low: 0 }, /at or below zero/],
    ['a negative price', { open: -1 }, /at or below zero/],
    ['a NaN close', { close: Number.NaN }, /not a finite number/],
    ['an infinite volume', { volume: Number.POSITIVE_INFINITY }, /not a finite number/],
    ['a negative volume', { volume: -3 }, /negative volume/],
    ['a high below its low', { high: 8, low: 9, open: 8.5, close: 8.5 }, /high below its low/],
    ['a close above its high', { close: 12 }, /outside its high–low range/],
  ])('a candle with %s is refused with its time', (_, bad, reason) => {
    const candles = series([97, 98, 99], (h) => (h === 98 ? bad : {}));
    expect(() => check(candles)).toThrow(BadCandlesError);
    expect(() => check(candles)).toThrow(reason);
    expect(() => check(candles)).toThrow(/ETH\/USDT 1h: the candle of 1970-01-05 02:00 UTC/);
  });

  it('a series whose last closed candle is more than two candles old is refused as stale', () => {
    expect(check(series([95, 96, 97])).length).toBe(3);
    expect(() => check(series([94, 95, 96]))).toThrow(/latest candle opened .* over 2 candles ago/);
  });

  it('an empty answer (no closed candle at all) is refused, not taken for a pair without history', () => {
    expect(() => check([])).toThrow(new BadCandlesError('ETH/USDT', '1h', 'it sent no closed candle'));
  });

  it('a gap is kept: the features restart their indicators after it', () => {
    expect(check(series([90, 91, 98, 99])).map((c) => c.time / H)).toEqual([90, 91, 98, 99]);
  });
});
