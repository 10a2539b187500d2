import { describe, expect, it } from 'vitest';
import type { TradeResult } from '../../../inference/barrier.js';
import { signalStats, topDecileThreshold, type TradeCall } from '../../../inference/evaluation/signals.js';

const DAY = 86_400_000;
const call = (confidence: number, result: TradeResult, net: number, tp1: number, stop: number, day = 0): TradeCall => ({
  confidence, result, hit: result === 'win', netReturn: net, tp1NetReturn: tp1, stopNetReturn: stop, time: day * DAY,
});

const CALLS = [
  call(0.62, 'win', 0.018, 0.018, -0.022, 0),
  call(0.55, 'stop', -0.022, 0.018, -0.022, 1),
  call(0.52, 'expired', 0.004, 0.018, -0.022, 1),
  call(0.45, 'win', 0.028, 0.028, -0.032, 2),
  call(0.38, 'stop', -0.012, 0.01, -0.012, 3),
];

describe('signal statistics', () => {
  it('counts the calls at or above a threshold: wins, stops, expired, win rate, break-even and mean net return', () => {
    const stats = signalStats(CALLS, 0.5);
    expect(stats).toMatchObject({ threshold: 0.5, count: 3, wins: 1, stops: 1, expired: 1, win_rate: 0.5 });
    expect(stats.mean_net_return).toBeCloseTo(0, 12);
    // Σ(−stop) = 0.066, Σ(TP1 − stop) = 0.12, over the whole bucket
    expect(stats.breakeven_win_rate).toBeCloseTo(0.55, 12);
    const wider = signalStats(CALLS, 0.45);
    expect(wider).toMatchObject({ count: 4, wins: 2, stops: 1, expired: 1 });
    expect(wider.win_rate).toBeCloseTo(2 / 3, 12);
    expect(wider.mean_net_return).toBeCloseTo(0.028 / 4, 12);
    expect(wider.breakeven_win_rate).toBeCloseTo(0.098 / 0.18, 12);
  });

  it('bootstraps the mean net return by day', () => {
    const [low, high] = signalStats(CALLS, 0.45).mean_net_return_ci95!;
    // Three days with means 0.018, −0.009 (two calls) and 0.028: the interval lies between the extremes.
    expect(low).toBeGreaterThanOrEqual(-0.009);
    expect(high).toBeLessThanOrEqual(0.028);
    expect(low).toBeLessThan(high);
  });

  it('keeps the older keys as aliases, first and in their old order', () => {
    const stats = signalStats(CALLS, 0.5);
    expect(Object.keys(stats).slice(0, 5)).toEqual(['threshold', 'count', 'hit_rate', 'breakeven_hit_rate', 'mean_net_return']);
    expect(stats.hit_rate).toBe(stats.win_rate);
    expect(stats.breakeven_hit_rate).toBe(stats.breakeven_win_rate);
  });

  it('reports no rates when no call reaches the threshold', () => {
    expect(signalStats(CALLS, 0.7)).toEqual({
      threshold: 0.7, count: 0, hit_rate: null, breakeven_hit_rate: null, mean_net_return: null,
      wins: 0, stops: 0, expired: 0, win_rate: null, breakeven_win_rate: null, mean_net_return_ci95: null,
    });
  });

  it('the top decile threshold keeps the most confident tenth of the calls', () => {
    expect(topDecileThreshold(CALLS)).toBe(0.62);
    const twenty = Array.from({ length: 20 }, (_, i) => call(i / 100, 'stop', 0, 0.01, -0.01));
    expect(topDecileThreshold(twenty)).toBe(0.18);
    expect(signalStats(twenty, 0.18).count).toBe(2);
    expect(topDecileThreshold([])).toBeNull();
  });
});
