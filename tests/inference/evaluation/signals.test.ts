import { describe, expect, it } from 'vitest';
import { BARRIERS, tradeLevels } from '../../../inference/barrier.js';
import { breakevenHitRate, signalStats, topDecileThreshold, type TradeCall } from '../../../inference/evaluation/signals.js';
import { netReturn } from '../../../inference/tradeReturn.js';

const call = (confidence: number, hit: boolean, net: number, tp1: number, stop: number): TradeCall => ({
  confidence, hit, netReturn: net, tp1NetReturn: tp1, stopNetReturn: stop,
});

const CALLS = [
  call(0.62, true, 0.03, 0.018, -0.022),
  call(0.55, false, -0.022, 0.018, -0.022),
  call(0.45, true, 0.01, 0.028, -0.032),
  call(0.38, false, -0.005, 0.01, -0.012),
];

describe('signal statistics', () => {
  it('counts the calls at or above a threshold, their hit rate, break-even and mean net return', () => {
    const stats = signalStats(CALLS, 0.5);
    expect(stats).toMatchObject({ threshold: 0.5, count: 2, hit_rate: 0.5 });
    expect(stats.mean_net_return).toBeCloseTo(0.004, 12);
    // W = 0.018, L = −0.022: p = 0.022 / 0.04
    expect(stats.breakeven_hit_rate).toBeCloseTo(0.55, 12);
    const wider = signalStats(CALLS, 0.45);
    expect(wider.count).toBe(3);
    expect(wider.hit_rate).toBeCloseTo(2 / 3, 12);
    expect(wider.mean_net_return).toBeCloseTo(0.018 / 3, 12);
    // W = 0.064 / 3, L = −0.076 / 3: p = 0.076 / 0.14
    expect(wider.breakeven_hit_rate).toBeCloseTo(0.076 / 0.14, 12);
  });

  it('reports no rates when no call reaches the threshold', () => {
    expect(signalStats(CALLS, 0.7)).toEqual({
      threshold: 0.7, count: 0, hit_rate: null, breakeven_hit_rate: null, mean_net_return: null,
    });
  });

  it('needs more than half the trades to hit when TP1 and the stop are equally far, because of fees', () => {
    const levels = tradeLevels('LONG', 100, 1, BARRIERS['1h']);
    const tp1 = netReturn('LONG', 100, levels.takeProfits[0]);
    const stop = netReturn('LONG', 100, levels.stopLoss);
    // TP1 102: 0.02 − 0.001·2.02 = 0.01798; stop 98: −0.02 − 0.001·1.98 = −0.02198
    expect(tp1).toBeCloseTo(0.01798, 12);
    expect(stop).toBeCloseTo(-0.02198, 12);
    expect(breakevenHitRate([call(0.5, true, 0, tp1, stop)])).toBeCloseTo(0.02198 / 0.03996, 12);
  });

  it('the top decile threshold keeps the most confident tenth of the calls', () => {
    expect(topDecileThreshold(CALLS)).toBe(0.62);
    const twenty = Array.from({ length: 20 }, (_, i) => call(i / 100, false, 0, 0.01, -0.01));
    expect(topDecileThreshold(twenty)).toBe(0.18);
    expect(signalStats(twenty, 0.18).count).toBe(2);
    expect(topDecileThreshold([])).toBeNull();
  });
});
