import { describe, expect, it } from 'vitest';
import { alertRarity, bandReach } from '../../inference/alertRarity.js';

/** The 1h card's bands (models/direction-1h.md, before the one trade rule), hits worked out by hand: 8,037 × 0.3978 = 3,197.1 → 3,197; 100 × 0.55 = 55. */
const bands = [
  { from: 0, below: 0.4, count: 73_983, hit_rate: 0.3478 },
  { from: 0.4, below: 0.45, count: 8_037, hit_rate: 0.3978 },
  { from: 0.45, below: 0.5, count: 100, hit_rate: 0.55 },
  { from: 0.5, below: 0.55, count: 0, hit_rate: null },
  { from: 0.55, below: 0.6, count: 0, hit_rate: null },
  { from: 0.6, below: 1, count: 0, hit_rate: null },
];
const metrics = { hit_rate_by_confidence: bands };

describe('how rare a timeframe\'s alerts are', () => {
  it('counts the calls in the bands from the threshold up, of all the calls', () => {
    expect(bandReach(bands, 0.45)).toEqual({ from: 0.45, reached: 100, total: 82_120, hits: 55, stats: null });
    expect(bandReach(bands, 0.4)).toEqual({ from: 0.4, reached: 8_137, total: 82_120, hits: 3_252, stats: null });
  });

  it('counts from the next band edge when the threshold falls inside a band', () => {
    expect(bandReach(bands, 0.42)).toEqual({ from: 0.45, reached: 100, total: 82_120, hits: 55, stats: null });
  });

  it('says no call got there when the bands above the threshold are empty', () => {
    expect(bandReach(bands, 0.5)).toEqual({ from: 0.5, reached: 0, total: 82_120, hits: 0, stats: null });
  });

  it('cannot tell when no band starts at or above the threshold, or there are no bands', () => {
    expect(bandReach(bands, 0.65)).toBeNull();
    expect(bandReach([], 0.45)).toBeNull();
  });

  it('has no hit count when a counted band with calls has no hit rate', () => {
    const unrated = [{ from: 0, below: 0.5, count: 10, hit_rate: 0.3 }, { from: 0.5, below: 1, count: 4, hit_rate: null }];
    expect(bandReach(unrated, 0.5)).toEqual({ from: 0.5, reached: 4, total: 14, hits: null, stats: null });
  });

  it('sums the statistics of the bands of a card trained under the one trade rule', () => {
    const band = (from: number, below: number, count: number, wins: number, stops: number, breakeven: number, net: number) => ({
      from, below, count, wins, stops, expired: count - wins - stops, win_rate: wins / (wins + stops),
      breakeven_win_rate: breakeven, mean_net_return: net, mean_net_return_ci95: [net - 0.001, net + 0.001] as [number, number],
    });
    const newer = [band(0, 0.45, 1000, 400, 450, 0.55, -0.001), band(0.45, 0.5, 300, 150, 100, 0.54, 0.002), band(0.5, 1, 100, 60, 30, 0.52, 0.004)];
    const reach = bandReach(newer, 0.45)!;
    expect(reach).toMatchObject({ from: 0.45, reached: 400, total: 1400, hits: null });
    expect(reach.stats).toMatchObject({ count: 400, wins: 210, stops: 130, expired: 60, mean_net_return_ci95: null });
    expect(reach.stats!.win_rate).toBeCloseTo(210 / 340, 12);
    expect(reach.stats!.mean_net_return).toBeCloseTo((300 * 0.002 + 100 * 0.004) / 400, 12);
    expect(reach.stats!.breakeven_win_rate).toBeCloseTo((300 * 0.54 + 100 * 0.52) / 400, 12);
  });

  it("takes the card's own row at exactly the threshold when it has one, with its interval", () => {
    const row = {
      threshold: 0.45, count: 100, wins: 52, stops: 40, expired: 8, win_rate: 0.5652, breakeven_win_rate: 0.55,
      mean_net_return: 0.0012, mean_net_return_ci95: [-0.001, 0.0031],
    };
    const card = { alert_threshold: 0.45, metrics: { ...metrics, overall: { by_threshold: [{ ...row, threshold: 0.4 }, row] } } };
    const stats = Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'threshold'));
    expect(alertRarity(card, undefined).reach).toEqual({ from: 0.45, reached: 100, total: 82_120, hits: 55, stats });
  });

  it("uses the card's threshold, ALERT_MIN_CONFIDENCE over it, and the default without either", () => {
    expect(alertRarity({ alert_threshold: 0.45, metrics }, undefined)).toEqual({
      threshold: 0.45,
      source: 'alert_threshold',
      reach: { from: 0.45, reached: 100, total: 82_120, hits: 55, stats: null },
    });
    expect(alertRarity({ alert_threshold: 0.45, metrics }, 0.4)).toMatchObject({ threshold: 0.4, source: 'ALERT_MIN_CONFIDENCE' });
    expect(alertRarity({ metrics: {} }, undefined)).toEqual({ threshold: 0.4, source: 'DEFAULT_ALERT_MIN_CONFIDENCE', reach: null });
  });
});
