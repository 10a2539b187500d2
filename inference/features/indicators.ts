import type { Candle } from '../../market/candle.js';
import { atr, bollinger, ema, logReturnStd, macd, roc, rsi, sma, stochasticK } from './indicatorMath.js';

/** Raw indicator series, each aligned to the candles (index i belongs to candle i; NaN during warm-up). */
export interface IndicatorSeries {
  rsi14: Float64Array;
  macdLine: Float64Array;
  macdSignal: Float64Array;
  macdHistogram: Float64Array;
  atr14: Float64Array;
  ema12: Float64Array;
  ema26: Float64Array;
  bbUpper: Float64Array;
  bbMiddle: Float64Array;
  bbLower: Float64Array;
  volatility20: Float64Array;
  volumeSma20: Float64Array;
  roc10: Float64Array;
  stochK14: Float64Array;
}

export function computeIndicators(candles: readonly Candle[]): IndicatorSeries {
  const n = candles.length;
  const close = new Float64Array(n);
  const high = new Float64Array(n);
  const low = new Float64Array(n);
  const volume = new Float64Array(n);
  candles.forEach((c, i) => {
    close[i] = c.close;
    high[i] = c.high;
    low[i] = c.low;
    volume[i] = c.volume;
  });
  const macdSeries = macd(close, 12, 26, 9);
  const bands = bollinger(close, 20, 2);
  return {
    rsi14: rsi(close, 14),
    macdLine: macdSeries.line,
    macdSignal: macdSeries.signal,
    macdHistogram: macdSeries.histogram,
    atr14: atr(high, low, close, 14),
    ema12: ema(close, 12),
    ema26: ema(close, 26),
    bbUpper: bands.upper,
    bbMiddle: bands.middle,
    bbLower: bands.lower,
    volatility20: logReturnStd(close, 20),
    volumeSma20: sma(volume, 20),
    roc10: roc(close, 10),
    stochK14: stochasticK(high, low, close, 14),
  };
}
