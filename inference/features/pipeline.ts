import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import { FEATURE_NAMES, writeFeatureRow } from './featureSet.js';
import type { MarketContext } from './marketContext.js';
import { computePairSeries } from './pairSeries.js';
import { contiguousRuns } from './segments.js';

/** Features of a candle series: row i belongs to candle i. */
export interface FeatureMatrix {
  /** Row-major [candles, features]. */
  values: Float32Array;
  rows: number;
  width: number;
  /** 1 where every feature of the row is finite: past the warm-up of its run of gap-free candles, with context. */
  finite: Uint8Array;
  /** ATR(14) per candle (NaN in warm-up): the unit of levels and barriers. */
  atr: Float64Array;
}

/**
 * The one feature computation of the live path and the dataset export. Indicators restart after every gap
 * in the candles, so no value ever bridges missing data; a row without market context is not finite.
 */
export function computeFeatures(candles: readonly Candle[], timeframe: Timeframe, context: MarketContext): FeatureMatrix {
  const width = FEATURE_NAMES.length;
  const values = new Float32Array(candles.length * width);
  const finite = new Uint8Array(candles.length);
  const atr = new Float64Array(candles.length).fill(NaN);
  for (const [start, end] of contiguousRuns(candles, timeframe)) {
    const run = candles.slice(start, end);
    const series = computePairSeries(run);
    run.forEach((candle, i) => {
      const row = start + i;
      finite[row] = Number(writeFeatureRow(series, i, candle, context.at(candle.time), values, row * width));
      atr[row] = series.ind.atr14[i]!;
    });
  }
  return { values, rows: candles.length, width, finite, atr };
}

/** The `window` rows ending at row `end` (inclusive), or null unless every one of them is finite. */
export function featureWindow(matrix: FeatureMatrix, end: number, window: number): Float32Array | null {
  const start = end - window + 1;
  if (start < 0 || end >= matrix.rows) return null;
  for (let row = start; row <= end; row++) if (!matrix.finite[row]) return null;
  return matrix.values.subarray(start * matrix.width, (end + 1) * matrix.width);
}
