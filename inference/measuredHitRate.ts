import type { DirectionModelMetadata } from './models/modelMetadata.js';

/** A band with fewer walk-forward calls than this says little; the model's overall rate is shown instead. */
export const MIN_BAND_SIGNALS = 100;

/** The TP1-before-stop hit rate a model's card measured, for calls like this one where it can. */
export interface MeasuredHitRate {
  rate: number;
  /** How many walk-forward calls it was measured on; null when the card does not say. */
  signals: number | null;
  /** The confidence band it was measured in; null for the rate over all the model's calls. */
  band: { from: number; below: number } | null;
}

/**
 * The card's hit rate in the confidence band of this trade call when that band holds enough calls, else the
 * rate over all calls; null when the card measured neither. Never a training accuracy. `confidence` is null
 * for a NO_TRADE call, which the bands (of LONG and SHORT calls) do not describe.
 */
export function measuredHitRate(metrics: DirectionModelMetadata['metrics'], confidence: number | null): MeasuredHitRate | null {
  const band = confidence === null
    ? undefined
    : metrics.hit_rate_by_confidence?.find((b) => confidence >= b.from && (confidence < b.below || b.below >= 1));
  if (band && band.hit_rate !== null && band.count >= MIN_BAND_SIGNALS) {
    return { rate: band.hit_rate, signals: band.count, band: { from: band.from, below: band.below } };
  }
  const overall = metrics.signal_hit_rate;
  if (overall === null || overall === undefined) return null;
  const signals = typeof metrics.signal_count === 'number' ? metrics.signal_count : null;
  return { rate: overall, signals, band: null };
}
