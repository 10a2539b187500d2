import type { Prediction } from './prediction.js';

/**
 * The lowest confidence that alerts when neither ALERT_MIN_CONFIDENCE nor the model's card names one (models
 * trained before the cards chose thresholds). The cards choose their own on the validation folds
 * (`alert_threshold` in the model metadata; see models/*.md).
 */
export const DEFAULT_ALERT_MIN_CONFIDENCE = 0.4;

/** The last alert sent for a (symbol, timeframe). */
export interface LastAlert {
  direction: string;
  candleTime: number;
}

/** The confidence a call must reach, and who set it, so a report or a reply can say so. */
export interface AlertThreshold {
  value: number;
  source: 'ALERT_MIN_CONFIDENCE' | 'alert_threshold' | 'DEFAULT_ALERT_MIN_CONFIDENCE';
}

/** The operator's ALERT_MIN_CONFIDENCE, else the model card's `alert_threshold`, else the default above. */
export function alertThreshold(cardThreshold: number | null | undefined, override: number | undefined): AlertThreshold {
  if (override !== undefined) return { value: override, source: 'ALERT_MIN_CONFIDENCE' };
  if (cardThreshold !== null && cardThreshold !== undefined) return { value: cardThreshold, source: 'alert_threshold' };
  return { value: DEFAULT_ALERT_MIN_CONFIDENCE, source: 'DEFAULT_ALERT_MIN_CONFIDENCE' };
}

/**
 * Whether a sweep's prediction becomes an alert: a trade (not NO_TRADE), confident enough, on a newer
 * candle than the last alert for the pair and timeframe, and in another direction than that alert — a
 * LONG that stays LONG is not news. `minConfidence` overrides the model card's threshold when set.
 */
export function shouldAlert(prediction: Prediction, minConfidence: number | undefined, last: LastAlert | undefined): boolean {
  if (prediction.direction === 'NO_TRADE' || prediction.confidence < alertThreshold(prediction.alertThreshold, minConfidence).value) return false;
  if (!last) return true;
  return prediction.candleTime > last.candleTime && prediction.direction !== last.direction;
}
