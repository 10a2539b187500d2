import type { Candle } from '../../market/candle.js';
import { computeIndicators, type IndicatorSeries } from './indicators.js';
import { logReturnStd } from './indicatorMath.js';
import { scaledReturns, VOLATILITY_PERIOD } from './marketContext.js';
import { percentileRank, rollingMax, rollingMean, rollingMin, rollingZScore } from './rolling.js';

/** Candles behind the trend, range and regime features: long enough to see a swing, short enough for 1d history. */
export const LONG_PERIOD = 50;
export const SHORT_PERIOD = 20;

/** Everything a pair's feature row reads about its own candles, each series aligned to them. */
export interface PairSeries {
  /** technicalindicators' indicators (bit-identical, see indicatorMath.ts). */
  ind: IndicatorSeries;
  close: Float64Array;
  sma50: Float64Array;
  high50: Float64Array;
  low50: Float64Array;
  volatility20: Float64Array;
  volatility50: Float64Array;
  /** Where today's ATR/close ranks among the last 50 candles' (0–1]. */
  atrPercentile50: Float64Array;
  volumeZ20: Float64Array;
  volumeZ50: Float64Array;
  /** Returns scaled by the pair's own volatility at RETURN_LAGS: compared with the basket's. */
  scaledReturns: Float64Array[];
}

/** `ind` can be given, so tests can build the series on the library's own indicators. */
export function computePairSeries(candles: readonly Candle[], ind: IndicatorSeries = computeIndicators(candles)): PairSeries {
  const close = Float64Array.from(candles, (c) => c.close);
  const atrRel = ind.atr14.map((atr, i) => atr / close[i]!);
  // log1p: volume spans orders of magnitude, and zero-volume candles (exchange halts) stay finite.
  const logVolume = Float64Array.from(candles, (c) => Math.log1p(c.volume));
  const volatility50 = logReturnStd(close, VOLATILITY_PERIOD);
  return {
    ind,
    close,
    sma50: rollingMean(close, LONG_PERIOD),
    high50: rollingMax(candles.map((c) => c.high), LONG_PERIOD),
    low50: rollingMin(candles.map((c) => c.low), LONG_PERIOD),
    volatility20: logReturnStd(close, SHORT_PERIOD),
    volatility50,
    atrPercentile50: percentileRank(atrRel, LONG_PERIOD),
    volumeZ20: rollingZScore(logVolume, SHORT_PERIOD),
    volumeZ50: rollingZScore(logVolume, LONG_PERIOD),
    scaledReturns: scaledReturns(close, volatility50),
  };
}
