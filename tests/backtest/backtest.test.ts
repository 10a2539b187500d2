import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelRegistry } from '../../inference/models/registry.js';
import { resolveTrade } from '../../inference/outcome.js';
import { SignalService } from '../../inference/signalService.js';
import { netReturn } from '../../inference/tradeReturn.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import { timeframeMs } from '../../market/timeframes.js';
import { tradeStats, type BacktestReport } from '../../backtest/report.js';
import { runBacktest } from '../../backtest/runBacktest.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { BACKTEST_PAIRS, BACKTEST_TIMEFRAMES, backtestMarket } from './backtestMarket.js';

describe('a trader backtests the shipped models on a folder of candles', () => {
  const market = backtestMarket();
  const dir = writeReplayFolder(market);
  let report: BacktestReport;
  let registry: ModelRegistry;

  beforeAll(async () => {
    // Confidence 0: every change of direction alerts, so the rule and the ledger see many trades.
    report = await runBacktest({ dataDir: dir, minConfidence: 0 });
    registry = await ModelRegistry.load('models');
  }, 120_000);
  afterAll(() => registry.close());

  it('reports each timeframe and the whole, with counts that add up to its trades', () => {
    expect(report.summary.map((r) => r.timeframe)).toEqual([...BACKTEST_TIMEFRAMES, 'all']);
    expect(report.skipped.map((s) => [s.timeframe, s.symbol])).toEqual([
      ['15m', undefined],
      ['1d', undefined],
    ]);
    for (const row of report.summary) {
      const trades = report.trades.filter((t) => row.timeframe === 'all' || t.timeframe === row.timeframe);
      expect(row.signals).toBeGreaterThan(row.timeframe === '4h' ? 0 : 5);
      expect(row).toMatchObject(tradeStats(trades));
      expect(row.wins).toBe(trades.filter((t) => t.result?.result === 'win').length);
      expect(row.wins + row.stops + row.expired).toBe(row.resolved);
      expect(row.pnl).toBeCloseTo(trades.reduce((s, t) => s + (t.result?.netReturn ?? 0), 0), 12);
      expect(row.exposure).toBeGreaterThan(0);
      expect(row.exposure).toBeLessThanOrEqual(1);
    }
    for (const tf of BACKTEST_TIMEFRAMES) {
      const pairRows = report.pairs.filter((p) => p.timeframe === tf);
      expect(pairRows.map((p) => p.symbol).sort()).toEqual([...BACKTEST_PAIRS].sort());
      const row = report.summary.find((r) => r.timeframe === tf)!;
      expect(pairRows.reduce((n, p) => n + p.signals, 0)).toBe(row.signals);
      expect(pairRows.reduce((s, p) => s + p.pnl, 0)).toBeCloseTo(row.pnl, 12);
    }
  });

  it('alerts like the live sweep: a new direction on a newer candle, each the prediction the bot gives then', async () => {
    for (const trade of report.trades) {
      const decidedAt = trade.candleTime + timeframeMs(trade.timeframe);
      const live = new SignalService({ market: new ReplayMarketSource({ dir, now: () => decidedAt }), registry });
      const p = await live.predict(trade.symbol, trade.timeframe);
      expect(p.candleTime).toBe(trade.candleTime);
      expect([p.direction, p.confidence, p.entry, p.stopLoss]).toEqual([
        trade.direction,
        trade.confidence,
        trade.levels.entry,
        trade.levels.stopLoss,
      ]);
    }
    for (const symbol of BACKTEST_PAIRS) {
      for (const tf of BACKTEST_TIMEFRAMES) {
        const own = report.trades.filter((t) => t.symbol === symbol && t.timeframe === tf);
        own.slice(1).forEach((t, k) => {
          expect(t.candleTime).toBeGreaterThan(own[k]!.candleTime);
          expect(t.direction).not.toBe(own[k]!.direction);
        });
      }
    }
  });

  it('resolves every trade as the outcome job does, with 0.1% fees per side', () => {
    for (const trade of report.trades) {
      const candles = market.get(trade.symbol)!.get(trade.timeframe)!;
      // The period ends at the last close in the file: a trade still open then has no outcome.
      const periodEnd = candles[candles.length - 1]!.time + timeframeMs(trade.timeframe);
      const expected = resolveTrade(trade.levels, trade.timeframe, trade.candleTime, candles, periodEnd);
      expect(trade.result).toEqual(expected);
      if (trade.result) {
        expect(trade.result.netReturn).toBe(netReturn(trade.direction, trade.levels.entry, trade.result.exitPrice));
      }
    }
    expect(report.trades.filter((t) => t.result).length).toBeGreaterThan(10);
  });

  it('compares with buy and hold of the same pairs over the same time', () => {
    for (const curve of report.curves) {
      expect(curve.strategy[0]).toBeCloseTo(1, 2);
      expect(curve.buyAndHold.length).toBe(curve.times.length);
    }
    const hourly = report.curves.find((c) => c.timeframe === '1h')!;
    const changes = BACKTEST_PAIRS.map((symbol) => {
      const candles = market.get(symbol)!.get('1h')!;
      const at = (time: number) => candles.find((c) => c.time + timeframeMs('1h') === time)!.close;
      return netReturn('LONG', at(hourly.times[0]!), at(hourly.times[hourly.times.length - 1]!));
    });
    const expected = 1 + changes.reduce((s, c) => s + c, 0) / changes.length;
    expect(hourly.buyAndHold[hourly.buyAndHold.length - 1]).toBeCloseTo(expected, 10);
  });
});
