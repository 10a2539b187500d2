import { describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import { resampleCandles } from '../../market/resample.js';

const HOUR = 3_600_000;
const day = Date.UTC(2024, 0, 1);
const hours = (from: number, count: number): Candle[] =>
  Array.from({ length: count }, (_, i) => ({ time: from + i * HOUR, open: 10 + i, high: 20 + i, low: 5 - i / 10, close: 11 + i, volume: 1 }));

describe('resampling 1h candles into days', () => {
  it('aggregates a full day: first open, highest high, lowest low, last close, summed volume', () => {
    expect(resampleCandles(hours(day, 24), '1h', '1d')).toEqual([{ time: day, open: 10, high: 43, low: 5 - 2.3, close: 34, volume: 24 }]);
  });

  it('keeps a day with an hour-long outage but not one missing a quarter of its hours', () => {
    const outage = hours(day, 24).filter((c) => c.time !== day + 5 * HOUR);
    expect(resampleCandles(outage, '1h', '1d')).toHaveLength(1);
    const halfDay = hours(day, 24).filter((_, i) => i % 2 === 0 || i === 23);
    expect(resampleCandles(halfDay, '1h', '1d')).toEqual([]);
  });

  it('never writes a day still in progress', () => {
    expect(resampleCandles(hours(day, 23), '1h', '1d')).toEqual([]);
    expect(resampleCandles(hours(day, 24 + 20), '1h', '1d').map((c) => c.time)).toEqual([day]);
  });
});
