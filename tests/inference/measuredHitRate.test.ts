import { describe, expect, it } from 'vitest';
import { MIN_BAND_SIGNALS, measuredHitRate } from '../../inference/measuredHitRate.js';

const bands = [
  { from: 0, below: 0.4, count: 73_983, hit_rate: 0.3478 },
  { from: 0.4, below: 0.45, count: 8_037, hit_rate: 0.3978 },
  { from: 0.45, below: 0.5, count: MIN_BAND_SIGNALS - 1, hit_rate: 0.55 },
  { from: 0.5, below: 1, count: 500, hit_rate: 0.6 },
];
const metrics = { signal_hit_rate: 0.36, signal_count: 84_281, hit_rate_by_confidence: bands };

describe('the hit rate /predict shows', () => {
  it("is the card's rate in the band of the call's confidence", () => {
    expect(measuredHitRate(metrics, 0.42)).toEqual({ rate: 0.3978, signals: 8_037, band: { from: 0.4, below: 0.45 } });
    expect(measuredHitRate(metrics, 0.4)?.band).toEqual({ from: 0.4, below: 0.45 });
  });

  it('counts a confidence of exactly 1 in the top band', () => {
    expect(measuredHitRate(metrics, 1)?.rate).toBe(0.6);
  });

  it('falls back to the rate over all calls when the band holds too few calls', () => {
    expect(measuredHitRate(metrics, 0.47)).toEqual({ rate: 0.36, signals: 84_281, band: null });
  });

  it('uses the overall rate for a NO_TRADE call and for a card without bands', () => {
    expect(measuredHitRate(metrics, null)?.band).toBeNull();
    expect(measuredHitRate({ signal_hit_rate: 0.52 }, 0.42)).toEqual({ rate: 0.52, signals: null, band: null });
  });

  it('is null when the card measured no hit rate', () => {
    expect(measuredHitRate({ signal_hit_rate: null }, 0.42)).toBeNull();
  });
});
