import { describe, expect, it } from 'vitest';
import { BARRIERS, directionLabel, horizonCandles, horizonElapsed, resultOf, tradeLevels, walkTrade } from '../../inference/barrier.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
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

  it('counts a candle that touches both sides as the stop of either call: no direction would have paid', () => {
    expect(directionLabel(100, 10, path([111, 89], [130, 99]), settings)).toEqual({ label: 'NO_TRADE', candles: null });
  });

  it('places levels at a·ATR and k·b·ATR, mirrored for a short', () => {
    expect(tradeLevels('LONG', 100, 10, { a: 1.5, b: 2, horizon: 4 })).toEqual({
      side: 'LONG', entry: 100, stopLoss: 85, takeProfits: [120, 140, 160],
    });
    expect(tradeLevels('SHORT', 100, 10, { a: 1.5, b: 2, horizon: 4 })).toMatchObject({ stopLoss: 115, takeProfits: [80, 60, 40] });
  });

  it('wins a long at TP1 when TP1 comes before the stop, whatever follows', () => {
    const walk = walkTrade(tradeLevels('LONG', 100, 10, settings), path([105, 95], [112, 101], [121, 108], [115, 89]));
    expect(walk).toEqual({ result: 'win', outcome: 'TP1', hit: true, candlesToTp1: 2, candlesWalked: 2, exitPrice: 110, exitTime: 2 * HOUR });
  });

  it('names the furthest take-profit the exit candle reached, and still closes at TP1', () => {
    const walk = walkTrade(tradeLevels('LONG', 100, 10, settings), path([105, 95], [125, 101]));
    expect(walk).toMatchObject({ result: 'win', outcome: 'TP2', exitPrice: 110, candlesWalked: 2 });
    expect(walkTrade(tradeLevels('SHORT', 100, 10, settings), path([101, 65]))).toMatchObject({ result: 'win', outcome: 'TP3', exitPrice: 90 });
  });

  it('stops a trade when one candle touches both the stop and TP1', () => {
    const walk = walkTrade(tradeLevels('LONG', 100, 10, settings), path([111, 89]));
    expect(walk).toEqual({ result: 'stop', outcome: 'SL', hit: false, candlesToTp1: null, candlesWalked: 1, exitPrice: 90, exitTime: HOUR });
  });

  it('expires a trade that touches neither, at the close of the last candle', () => {
    const expired = walkTrade(tradeLevels('SHORT', 100, 10, settings), path([104, 96], [103, 97]));
    expect(expired).toEqual({ result: 'expired', outcome: 'EXPIRED', hit: false, candlesToTp1: null, candlesWalked: 2, exitPrice: 100, exitTime: 2 * HOUR });
    expect(walkTrade(tradeLevels('LONG', 100, 10, settings), [])).toMatchObject({ result: 'expired', exitPrice: 100, exitTime: null });
  });

  it('reads each stored outcome name as its result', () => {
    expect((['TP1', 'TP2', 'TP3', 'SL', 'EXPIRED'] as const).map(resultOf)).toEqual(['win', 'win', 'win', 'stop', 'expired']);
  });

  it('agrees with the training label: LONG ⇔ the long call wins, SHORT ⇔ the short call wins (a = b everywhere)', () => {
    for (const timeframe of TIMEFRAMES) expect(BARRIERS[timeframe].a).toBe(BARRIERS[timeframe].b);
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
    const seen = new Set<string>();
    for (let n = 0; n < 3000; n++) {
      const b = [1, 1.2, 1.5, 2][n % 4]!;
      const barrier = { a: b, b, horizon: 1 + (n % 12) };
      const atr = 0.5 + random() * 3;
      let price = 100;
      const candles = Array.from({ length: barrier.horizon }, (_, i) => {
        const open = price;
        price *= 1 + (random() - 0.5) * 0.08;
        const high = Math.max(open, price) * (1 + random() * 0.02);
        const low = Math.min(open, price) * (1 - random() * 0.02);
        return { time: (i + 1) * HOUR, open, high, low, close: price, volume: 1 };
      });
      const { label, candles: labelCandles } = directionLabel(100, atr, candles, barrier);
      const long = walkTrade(tradeLevels('LONG', 100, atr, barrier), candles);
      const short = walkTrade(tradeLevels('SHORT', 100, atr, barrier), candles);
      expect(label === 'LONG').toBe(long.result === 'win');
      expect(label === 'SHORT').toBe(short.result === 'win');
      // A decided label stops the other side; NO_TRADE is both expired, or one candle touching both (both stopped).
      if (label === 'LONG') expect([short.result, labelCandles]).toEqual(['stop', long.candlesToTp1]);
      if (label === 'SHORT') expect([long.result, labelCandles]).toEqual(['stop', short.candlesToTp1]);
      if (label === 'NO_TRADE') expect([['expired', 'expired'], ['stop', 'stop']]).toContainEqual([long.result, short.result]);
      seen.add(`${label} ${long.result} ${short.result}`);
    }
    expect([...seen].sort()).toEqual(['LONG win stop', 'NO_TRADE expired expired', 'NO_TRADE stop stop', 'SHORT stop win']);
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
