import { describe, expect, it } from 'vitest';
import { MIN_BAND_SIGNALS, measuredHitRate } from '../../inference/measuredHitRate.js';

/** A band as models/train/metrics.py writes it since the one trade rule. */
const band = (from: number, below: number, count: number, winRate: number | null) => ({
  from, below, count, wins: 0, stops: 0, expired: 0, win_rate: winRate, breakeven_win_rate: 0.524,
  mean_net_return: 0.001, mean_net_return_ci95: [-0.002, 0.004] as [number, number],
});

const bands = [
  band(0, 0.4, 73_983, 0.48),
  band(0.4, 0.45, 8_037, 0.51),
  band(0.45, 0.5, MIN_BAND_SIGNALS - 1, 0.55),
  band(0.5, 1, 500, 0.6),
];
const metrics = {
  signal_hit_rate: 0.49, signal_count: 84_281, signal_win_rate: 0.49, signal_breakeven_win_rate: 0.525,
  signal_mean_net_return: -0.0004, signal_mean_net_return_ci95: [-0.001, 0.0002] as [number, number], hit_rate_by_confidence: bands,
};

/** Bands of a model trained before the one trade rule: only the hit rate. */
const legacyBands = [
  { from: 0, below: 0.4, count: 73_983, hit_rate: 0.3478 },
  { from: 0.4, below: 0.45, count: 8_037, hit_rate: 0.3978 },
  { from: 0.45, below: 0.5, count: MIN_BAND_SIGNALS - 1, hit_rate: 0.55 },
  { from: 0.5, below: 1, count: 500, hit_rate: 0.6 },
];
const legacy = { signal_hit_rate: 0.36, signal_count: 84_281, hit_rate_by_confidence: legacyBands };

describe('the figures /predict shows for a call', () => {
  it("are the card's win rate, break-even and mean net return in the band of the call's confidence", () => {
    expect(measuredHitRate(metrics, 0.42)).toEqual({
      rate: 0.51, breakevenRate: 0.524, meanNetReturn: 0.001, meanNetReturnCi95: [-0.002, 0.004], signals: 8_037,
      band: { from: 0.4, below: 0.45 }, legacy: false,
    });
    expect(measuredHitRate(metrics, 0.4)?.band).toEqual({ from: 0.4, below: 0.45 });
  });

  it('count a confidence of exactly 1 in the top band', () => {
    expect(measuredHitRate(metrics, 1)?.rate).toBe(0.6);
  });

  it('fall back to all calls when the band holds too few calls, and for a NO_TRADE call', () => {
    const all = {
      rate: 0.49, breakevenRate: 0.525, meanNetReturn: -0.0004, meanNetReturnCi95: [-0.001, 0.0002], signals: 84_281, band: null, legacy: false,
    };
    expect(measuredHitRate(metrics, 0.47)).toEqual(all);
    expect(measuredHitRate(metrics, null)).toEqual(all);
  });

  it('read the figures of all calls from `metrics.overall` when the top level lacks them', () => {
    const overall = { signal_win_rate: 0.5, signal_breakeven_win_rate: 0.52, signal_mean_net_return: 0.0001, signal_count: 10 };
    expect(measuredHitRate({ overall }, null)).toMatchObject({ rate: 0.5, breakevenRate: 0.52, signals: 10, legacy: false });
  });

  it('are the older hit rate, flagged legacy, on a card from before the one trade rule', () => {
    expect(measuredHitRate(legacy, 0.42)).toEqual({
      rate: 0.3978, breakevenRate: null, meanNetReturn: null, meanNetReturnCi95: null, signals: 8_037,
      band: { from: 0.4, below: 0.45 }, legacy: true,
    });
    expect(measuredHitRate(legacy, 0.47)).toMatchObject({ rate: 0.36, signals: 84_281, band: null, legacy: true });
    expect(measuredHitRate({ signal_hit_rate: 0.52 }, 0.42)).toMatchObject({ rate: 0.52, signals: null, band: null });
  });

  it('are null when the card measured nothing', () => {
    expect(measuredHitRate({ signal_hit_rate: null }, 0.42)).toBeNull();
    expect(measuredHitRate({ signal_win_rate: null }, null)).toBeNull();
  });
});
