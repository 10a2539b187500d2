import { describe, expect, it } from 'vitest';
import { alertRarity, bandReach } from '../../inference/alertRarity.js';

/** The 1h card's bands (models/direction-1h.md), hits worked out by hand: 8,037 × 0.3978 = 3,197.1 → 3,197; 100 × 0.55 = 55. */
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
    expect(bandReach(bands, 0.45)).toEqual({ from: 0.45, reached: 100, total: 82_120, hits: 55 });
    expect(bandReach(bands, 0.4)).toEqual({ from: 0.4, reached: 8_137, total: 82_120, hits: 3_252 });
  });

  it('counts from the next band edge when the threshold falls inside a band', () => {
    expect(bandReach(bands, 0.42)).toEqual({ from: 0.45, reached: 100, total: 82_120, hits: 55 });
  });

  it('says no call got there when the bands above the threshold are empty', () => {
    expect(bandReach(bands, 0.5)).toEqual({ from: 0.5, reached: 0, total: 82_120, hits: 0 });
  });

  it('cannot tell when no band starts at or above the threshold, or there are no bands', () => {
    expect(bandReach(bands, 0.65)).toBeNull();
    expect(bandReach([], 0.45)).toBeNull();
  });

  it('has no hit count when a counted band with calls has no hit rate', () => {
    const unrated = [{ from: 0, below: 0.5, count: 10, hit_rate: 0.3 }, { from: 0.5, below: 1, count: 4, hit_rate: null }];
    expect(bandReach(unrated, 0.5)).toEqual({ from: 0.5, reached: 4, total: 14, hits: null });
  });

  it("uses the card's threshold, ALERT_MIN_CONFIDENCE over it, and the default without either", () => {
    expect(alertRarity({ alert_threshold: 0.45, metrics }, undefined)).toEqual({
      threshold: 0.45,
      source: 'alert_threshold',
      reach: { from: 0.45, reached: 100, total: 82_120, hits: 55 },
    });
    expect(alertRarity({ alert_threshold: 0.45, metrics }, 0.4)).toMatchObject({ threshold: 0.4, source: 'ALERT_MIN_CONFIDENCE' });
    expect(alertRarity({ metrics: {} }, undefined)).toEqual({ threshold: 0.4, source: 'DEFAULT_ALERT_MIN_CONFIDENCE', reach: null });
  });
});
