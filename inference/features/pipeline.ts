import type { Candle } from '../../market/candle.js';
import { FEATURE_NAMES, writeFeatureRow } from './featureSet.js';
import { computeIndicators } from './indicators.js';

/** Features of a candle series: row i belongs to candle i; rows before `firstValid` are warm-up. */
export interface FeatureMatrix {
  /** Row-major [candles, features]. */
  values: Float32Array;
  rows: number;
  width: number;
  /** First row whose features are all finite; every later row is finite too. */
  firstValid: number;
  /** ATR(14) per candle (NaN in warm-up): the unit of levels and barriers. */
  atr: Float64Array;
}

export function computeFeatures(candles: readonly Candle[]): FeatureMatrix {
  const ind = computeIndicators(candles);
  const width = FEATURE_NAMES.length;
  const values = new Float32Array(candles.length * width);
  let firstValid = candles.length;
  candles.forEach((candle, i) => {
    const finite = writeFeatureRow(ind, i, candle, values, i * width);
    if (!finite) firstValid = candles.length;
    else if (firstValid === candles.length) firstValid = i;
  });
  return { values, rows: candles.length, width, firstValid, atr: ind.atr14 };
}

/** The `window` rows ending at row `end` (inclusive), or null if they reach into the warm-up. */
export function featureWindow(matrix: FeatureMatrix, end: number, window: number): Float32Array | null {
  const start = end - window + 1;
  if (start < matrix.firstValid || end >= matrix.rows) return null;
  return matrix.values.subarray(start * matrix.width, (end + 1) * matrix.width);
}
