import { describe, expect, it } from 'vitest';
import { callResult, performanceReport, tally, type SignalResult } from '../../inference/performance.js';
import { netReturn } from '../../inference/tradeReturn.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30);

/** A 1h LONG alert at entry 100, stop 98, TP1 102, resolved with `outcome` (null: still open). */
function row(outcome: string | null, net: number | null, daysAgo: number, extra: Partial<SignalResult> = {}): SignalResult {
  return {
    symbol: 'BTC/USDT', timeframe: '1h', confidence: 0.46, candleTime: NOW - daysAgo * DAY, direction: 'LONG', entry: 100,
    stopLoss: 98, tp1: 102, outcome, netReturn: net, ...extra,
  };
}

describe('/performance as data', () => {
  it('reads each stored outcome as a win, a stop or an expiry, with its returns at TP1 and at the stop', () => {
    expect(callResult(row('TP2', 0.01798, 1))).toEqual({
      result: 'win', netReturn: 0.01798, tp1NetReturn: netReturn('LONG', 100, 102), stopNetReturn: netReturn('LONG', 100, 98), time: NOW - DAY,
    });
    expect(callResult(row('SL', -0.02198, 1))?.result).toBe('stop');
    expect(callResult(row('EXPIRED', 0.003, 1))?.result).toBe('expired');
    expect(callResult(row(null, null, 1))).toBeNull();
    expect(callResult(row('SL', -0.02, 1, { direction: 'SHORT', stopLoss: 102, tp1: 98 }))?.tp1NetReturn).toBeCloseTo(netReturn('SHORT', 100, 98), 12);
  });

  it('tallies wins, stops and expired trades, the win rate against break-even and the mean net return', () => {
    const t = tally([row('TP1', 0.01798, 1), row('SL', -0.02198, 1), row('EXPIRED', 0.004, 2), row(null, null, 0)]);
    expect(t).toMatchObject({ signals: 4, resolved: 3, stats: { count: 3, wins: 1, stops: 1, expired: 1, win_rate: 0.5 } });
    expect(t.pnl).toBeCloseTo(0.01798 - 0.02198 + 0.004, 12);
    expect(t.stats.mean_net_return).toBeCloseTo(t.pnl / 3, 12);
    expect(t.stats.breakeven_win_rate).toBeCloseTo(0.02198 / (0.01798 + 0.02198), 12);
    expect(t.stats.mean_net_return_ci95).not.toBeNull();
  });

  it('groups the alerts by window, timeframe and confidence band', () => {
    const report = performanceReport([row('TP1', 0.01798, 1), row('SL', -0.02198, 20, { confidence: 0.52 })], [], null, NOW);
    const [week, month] = report.windows;
    expect(week!.total).toMatchObject({ signals: 1, resolved: 1, stats: { wins: 1 } });
    expect(month!.total.stats).toMatchObject({ wins: 1, stops: 1 });
    expect(month!.byBand.find((b) => b.band === '≥50%')!.tally.stats).toMatchObject({ stops: 1, wins: 0 });
    expect(month!.byTimeframe.find((b) => b.timeframe === '1h')!.tally.resolved).toBe(2);
  });
});
