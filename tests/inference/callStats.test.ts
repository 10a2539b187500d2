import { describe, expect, it } from 'vitest';
import { BARRIERS, tradeLevels, type TradeResult } from '../../inference/barrier.js';
import { callStats, type CallResult } from '../../inference/callStats.js';
import { dayBootstrap, drawIndex } from '../../inference/dayBootstrap.js';
import { netReturn } from '../../inference/tradeReturn.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 0, 1);

/** The fixture of models/train/test_metrics.py: 40 calls over 7 days; the expected numbers are Python's. */
const CALLS: CallResult[] = Array.from({ length: 40 }, (_, i) => {
  const result: TradeResult = i % 3 === 0 ? 'win' : i % 3 === 1 ? 'stop' : 'expired';
  return {
    result,
    netReturn: result === 'win' ? 0.018 : result === 'stop' ? -0.022 : (((i * 37) % 11) - 5) / 1000,
    tp1NetReturn: 0.018 + (i % 4) * 0.001,
    stopNetReturn: -0.022 - (i % 4) * 0.001,
    time: T0 + (i % 7) * DAY + (i % 5) * HOUR,
  };
});

describe('the statistics of a bucket of calls', () => {
  it('counts wins, stops and expired, the win rate of the decided ones, break-even and the mean net return', () => {
    const stats = callStats(CALLS);
    expect(stats).toMatchObject({ count: 40, wins: 14, stops: 13, expired: 13 });
    expect(stats.win_rate).toBeCloseTo(14 / 27, 12);
    expect(stats.breakeven_win_rate).toBeCloseTo(0.5465, 4);
    expect(stats.mean_net_return).toBeCloseTo(-0.000675, 6);
  });

  it('bootstraps the mean net return by UTC day with the same draws as models/train/metrics.py', () => {
    const [low, high] = callStats(CALLS).mean_net_return_ci95!;
    expect(low).toBeCloseTo(-0.001564, 6);
    expect(high).toBeCloseTo(0.000711, 6);
    const [low10, high10] = callStats(CALLS.slice(0, 10)).mean_net_return_ci95!;
    expect(low10).toBeCloseTo(-0.007222, 6);
    expect(high10).toBeCloseTo(0.011125, 6);
    // One day: every resample is that day.
    expect(callStats(CALLS.slice(0, 1)).mean_net_return_ci95).toEqual([0.018, 0.018]);
    expect(dayBootstrap([])).toBeNull();
    expect([0, 1, 2, 3].map((k) => drawIndex(k, 7))).toEqual([0, 1, 2, 3].map((k) => drawIndex(k, 7)));
  });

  it('has no rates without calls, and no win rate when every call expired', () => {
    expect(callStats([])).toEqual({
      count: 0, wins: 0, stops: 0, expired: 0, win_rate: null, breakeven_win_rate: null, mean_net_return: null, mean_net_return_ci95: null,
    });
    const expired = callStats(CALLS.filter((c) => c.result === 'expired'));
    expect(expired).toMatchObject({ count: 13, expired: 13, win_rate: null });
  });

  it('needs more than half the decided trades to win when TP1 and the stop are equally far, because of fees', () => {
    const levels = tradeLevels('LONG', 100, 1, BARRIERS['1h']);
    const tp1 = netReturn('LONG', 100, levels.takeProfits[0]);
    const stop = netReturn('LONG', 100, levels.stopLoss);
    // TP1 102: 0.02 − 0.001·2.02 = 0.01798; stop 98: −0.02 − 0.001·1.98 = −0.02198
    expect(tp1).toBeCloseTo(0.01798, 12);
    expect(stop).toBeCloseTo(-0.02198, 12);
    const one = callStats([{ result: 'win', netReturn: tp1, tp1NetReturn: tp1, stopNetReturn: stop, time: T0 }]);
    expect(one.breakeven_win_rate).toBeCloseTo(0.02198 / 0.03996, 12);
  });
});
