import { describe, expect, it } from 'vitest';
import { directionLabel, horizonCandles, horizonElapsed, tradeLevels, walkTrade } from '../../inference/barrier.js';
import type { Candle } from '../../market/candle.js';

const HOUR = 3_600_000;
const settings = { a: 1, b: 1, horizon: 4 };

/** Candles one hour apart after an entry at 100 (ATR 10): each given as [high, low], close at the middle. */
function path(...ranges: [number, number][]): Candle[] {
  return ranges.map(([high, low], i) => ({
    time: (i + 1) * HOUR,
    open: (high + low) / 2,
    high,
    low,
    close: (high + low) / 2,
    volume: 1,
  }));
}

describe('the barrier rule', () => {
  it('labels LONG when +b·ATR is touched first', () => {
    expect(directionLabel(100, 10, path([105, 95], [110, 99]), settings)).toEqual({ label: 'LONG', candles: 2 });
  });

  it('labels SHORT when −b·ATR is touched first', () => {
    expect(directionLabel(100, 10, path([101, 90]), settings)).toEqual({ label: 'SHORT', candles: 1 });
  });

  it('labels NO_TRADE when neither side is touched within the horizon', () => {
    expect(directionLabel(100, 10, path([105, 95], [108, 93]), settings)).toEqual({ label: 'NO_TRADE', candles: null });
  });

  it('counts a candle that touches both sides as the stop: no direction would have paid', () => {
    expect(directionLabel(100, 10, path([111, 89], [130, 99]), settings)).toEqual({ label: 'NO_TRADE', candles: null });
  });

  it('places levels at a·ATR and k·b·ATR, mirrored for a short', () => {
    expect(tradeLevels('LONG', 100, 10, { a: 1.5, b: 2, horizon: 4 })).toEqual({
      side: 'LONG', entry: 100, stopLoss: 85, takeProfits: [120, 140, 160],
    });
    expect(tradeLevels('SHORT', 100, 10, { a: 1.5, b: 2, horizon: 4 })).toMatchObject({ stopLoss: 115, takeProfits: [80, 60, 40] });
  });

  it('walks a long to the highest take-profit reached before the stop', () => {
    const walk = walkTrade(tradeLevels('LONG', 100, 10, settings), path([105, 95], [112, 101], [121, 108], [115, 89]));
    expect(walk).toMatchObject({ outcome: 'TP2', hit: true, candlesToTp1: 2, candlesWalked: 4, exitPrice: 90 });
  });

  it('ends a trade at the stop when one candle touches both the stop and a take-profit', () => {
    const walk = walkTrade(tradeLevels('LONG', 100, 10, settings), path([111, 89]));
    expect(walk).toMatchObject({ outcome: 'SL', hit: false, candlesToTp1: null, exitPrice: 90 });
  });

  it('ends a short at TP3 and reports EXPIRED when nothing is touched', () => {
    expect(walkTrade(tradeLevels('SHORT', 100, 10, settings), path([101, 65])).outcome).toBe('TP3');
    const expired = walkTrade(tradeLevels('SHORT', 100, 10, settings), path([104, 96], [103, 97]));
    expect(expired).toMatchObject({ outcome: 'EXPIRED', hit: false, exitPrice: 100 });
  });

  it('keeps the horizon in time, so a gap in the data shortens the walk instead of stretching it', () => {
    const entryTime = 0;
    const candles = path([105, 95], [105, 95], [105, 95], [105, 95], [130, 99]);
    const withGap = candles.filter((_, i) => i !== 1);
    const inHorizon = horizonCandles(withGap, entryTime, '1h', 4);
    expect(inHorizon.map((c) => c.time / HOUR)).toEqual([1, 3, 4]);
    expect(directionLabel(100, 10, inHorizon, settings).label).toBe('NO_TRADE');
    expect(horizonElapsed(entryTime, '1h', 4, 5 * HOUR - 1)).toBe(false);
    expect(horizonElapsed(entryTime, '1h', 4, 5 * HOUR)).toBe(true);
  });
});
