import type { Prediction } from './prediction.js';

/**
 * Default ALERT_MIN_CONFIDENCE. The model cards choose no threshold yet, and temperature scaling keeps
 * calibrated confidences low (no signal reaches 0.5 on the cards' held-out blocks). Measured with the
 * shipped models on all 34 pairs from 2021-05-10 to 2021-07-17 (the cards' calibration block), with the
 * barrier rule and 0.1% fees per side: at ≥ 0.40 the 1h model speaks on 2.7% of candles (about one alert
 * per pair every day and a half), TP1 hit 37%, mean +1.2% per trade; the 15m, 4h and 1d models almost
 * never reach 0.40, and their signals at 0.36–0.38 lost money there. So 0.40 keeps the one timeframe that
 * showed an edge and mutes the rest. Revisit when the cards choose their own thresholds.
 */
export const DEFAULT_ALERT_MIN_CONFIDENCE = 0.4;

/** The last alert sent for a (symbol, timeframe). */
export interface LastAlert {
  direction: string;
  candleTime: number;
}

/**
 * Whether a sweep's prediction becomes an alert: a trade (not NO_TRADE), confident enough, on a newer
 * candle than the last alert for the pair and timeframe, and in another direction than that alert — a
 * LONG that stays LONG is not news.
 */
export function shouldAlert(prediction: Prediction, minConfidence: number, last: LastAlert | undefined): boolean {
  if (prediction.direction === 'NO_TRADE' || prediction.confidence < minConfidence) return false;
  if (!last) return true;
  return prediction.candleTime > last.candleTime && prediction.direction !== last.direction;
}
