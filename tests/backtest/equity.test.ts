import { describe, expect, it } from 'vitest';
import { tradeLevels, BARRIERS } from '../../inference/barrier.js';
import { resolveTrade } from '../../inference/outcome.js';
import { netReturn } from '../../inference/tradeReturn.js';
import type { Candle } from '../../market/candle.js';
import { equityCurves } from '../../backtest/equity.js';
import { averageCurves, dailySharpe, maxDrawdown } from '../../backtest/metrics.js';
import type { BacktestTrade } from '../../backtest/trades.js';

const HOUR = 3_600_000;

function hourly(closes: number[]): Candle[] {
  return closes.map((close, i) => ({ time: i * HOUR, open: close, high: close * 1.001, low: close * 0.999, close, volume: 1 }));
}

describe('the backtest portfolio', () => {
  const btc = hourly([100, 100, 101, 103, 106, 110, 108, 108]);
  const eth = hourly([50, 50, 49, 48, 47, 46, 45, 44]);
  // A LONG on BTC decided at the close of candle 1 (ATR 6: stop 88, TP1 112, which the highs never reach).
  const levels = tradeLevels('LONG', 100, 6, BARRIERS['1h']);
  const trade: BacktestTrade = {
    symbol: 'BTC/USDT',
    timeframe: '1h',
    direction: 'LONG',
    confidence: 0.5,
    candleTime: HOUR,
    levels,
    result: resolveTrade(levels, '1h', HOUR, btc, 8 * HOUR),
  };
  const grid = btc.map((c) => c.time + HOUR).slice(1);
  const curves = equityCurves({
    timeframe: '1h',
    grid,
    histories: [{ symbol: 'BTC/USDT', candles: btc }, { symbol: 'ETH/USDT', candles: eth }],
    firstDecision: new Map([['BTC/USDT', grid[0]!], ['ETH/USDT', grid[0]!]]),
    trades: [trade],
  });

  it('trades 1/P of its value per alert, marked to market at each close, realised at the exit', () => {
    // The trade runs to the horizon's end of the data: still open at the last close, valued at it.
    expect(trade.result).toBeNull();
    // It enters at the first close of the grid, paying the entry fee and, marked to market, the exit fee.
    const expected = grid.map((time) => 1 + 0.5 * netReturn('LONG', 100, btc.find((c) => c.time + HOUR === time)!.close));
    expect(expected[0]).toBeCloseTo(0.999, 12);
    expect(curves.strategy.map((v) => v.toFixed(12))).toEqual(expected.map((v) => v.toFixed(12)));
    expect(curves.tradeNotional).toEqual([0.5]);
    expect(curves.tradePnl).toEqual([null]);
  });

  it('realises a closed trade at its outcome return', () => {
    const closed: BacktestTrade = { ...trade, result: resolveTrade(levels, '1h', HOUR, btc.slice(0, 6), 100 * HOUR) };
    expect(closed.result).toMatchObject({ result: 'expired', outcome: 'EXPIRED', exit: 'expiry', exitPrice: 110 });
    const c = equityCurves({
      timeframe: '1h',
      grid,
      histories: [{ symbol: 'BTC/USDT', candles: btc.slice(0, 6) }, { symbol: 'ETH/USDT', candles: eth.slice(0, 6) }],
      firstDecision: new Map([['BTC/USDT', grid[0]!], ['ETH/USDT', grid[0]!]]),
      trades: [closed],
    });
    expect(c.tradePnl[0]).toBeCloseTo(0.5 * netReturn('LONG', 100, 110), 12);
    expect(c.strategy.at(-1)).toBeCloseTo(1 + c.tradePnl[0]!, 12);
  });

  it('realises a win at TP1, at the close of the candle that reached it', () => {
    // ATR 2: stop 96, TP1 104, first reached by candle 4 (high 106.1).
    const tight = tradeLevels('LONG', 100, 2, BARRIERS['1h']);
    const won: BacktestTrade = { ...trade, levels: tight, result: resolveTrade(tight, '1h', HOUR, btc, 8 * HOUR) };
    expect(won.result).toMatchObject({ result: 'win', outcome: 'TP1', exit: 'tp1', exitPrice: 104, exitTime: 4 * HOUR });
    const c = equityCurves({
      timeframe: '1h',
      grid,
      histories: [{ symbol: 'BTC/USDT', candles: btc }, { symbol: 'ETH/USDT', candles: eth }],
      firstDecision: new Map([['BTC/USDT', grid[0]!], ['ETH/USDT', grid[0]!]]),
      trades: [won],
    });
    expect(c.tradePnl[0]).toBeCloseTo(0.5 * netReturn('LONG', 100, 104), 12);
    expect(c.strategy.at(-1)).toBeCloseTo(1 + c.tradePnl[0]!, 12);
  });

  it('holds each pair from its first decision as the buy-and-hold baseline', () => {
    const expected = 1 + 0.5 * (netReturn('LONG', 100, 108) + netReturn('LONG', 50, 44));
    expect(curves.buyAndHold.at(-1)).toBeCloseTo(expected, 12);
    expect(curves.buyAndHold[0]).toBeCloseTo(1 + 0.5 * 2 * netReturn('LONG', 1, 1), 12);
  });

  it('counts exposure as the share of pair-time in a trade', () => {
    // Open from the close of candle 1 (2h) to the end (8h) on one pair of two, over 2h..8h.
    expect(curves.exposure).toBeCloseTo(0.5, 12);
  });
});

describe('curve statistics', () => {
  it('measures the deepest fall from a peak', () => {
    expect(maxDrawdown([1, 1.2, 0.9, 1.1, 0.6, 1.3])).toBeCloseTo(0.5, 12);
    expect(maxDrawdown([1, 1.1, 1.2])).toBe(0);
  });

  it('annualises the Sharpe ratio of daily returns with √365', () => {
    const day = 86_400_000;
    // The start, then the last value of each day: 0.5 is not the last of its day.
    const times = [day - 1, day + 5, 2 * day - 1, 3 * day - 1, 4 * day - 1];
    const values = [1, 0.5, 1.01, 1.0, 1.03];
    const returns = [0.01, 1.0 / 1.01 - 1, 0.03];
    const mean = returns.reduce((a, b) => a + b) / 3;
    const sd = Math.sqrt(returns.reduce((s, r) => s + (r - mean) ** 2, 0) / 2);
    expect(dailySharpe(times, values)).toBeCloseTo((mean / sd) * Math.sqrt(365), 10);
    expect(dailySharpe([0, 1], [1, 2])).toBeNull();
  });

  it('averages curves on different grids, each holding its last value', () => {
    const merged = averageCurves([
      { times: [1, 3], values: [1, 2] },
      { times: [2, 3, 4], values: [3, 5, 7] },
    ]);
    expect(merged).toEqual({ times: [1, 2, 3, 4], values: [1, 2, 3.5, 4.5] });
  });
});
