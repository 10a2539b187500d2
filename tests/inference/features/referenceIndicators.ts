import ti from 'technicalindicators';
import type { IndicatorSeries } from '../../../inference/features/indicators.js';
import type { Candle } from '../../../market/candle.js';

/**
 * The indicators as technicalindicators computes them: the reference the models were trained on, which
 * inference/features/indicatorMath.ts must reproduce value for value.
 */
export function referenceIndicators(candles: readonly Candle[]): IndicatorSeries {
  const n = candles.length;
  const close = candles.map((c) => c.close);
  const high = candles.map((c) => c.high);
  const low = candles.map((c) => c.low);
  const volume = candles.map((c) => c.volume);
  const macd = ti.MACD.calculate({
    values: close,
    fastPeriod: 12,
    slowPeriod: 26,
    signalPeriod: 9,
    SimpleMAOscillator: false,
    SimpleMASignal: false,
  });
  const bands = ti.BollingerBands.calculate({ values: close, period: 20, stdDev: 2 });
  return {
    rsi14: alignEnd(n, ti.RSI.calculate({ values: close, period: 14 })),
    macdLine: alignEnd(n, macd.map((m) => m.MACD)),
    macdSignal: alignEnd(n, macd.map((m) => m.signal)),
    macdHistogram: alignEnd(n, macd.map((m) => m.histogram)),
    atr14: alignEnd(n, ti.ATR.calculate({ high, low, close, period: 14 })),
    ema12: alignEnd(n, ti.EMA.calculate({ values: close, period: 12 })),
    ema26: alignEnd(n, ti.EMA.calculate({ values: close, period: 26 })),
    bbUpper: alignEnd(n, bands.map((b) => b.upper)),
    bbMiddle: alignEnd(n, bands.map((b) => b.middle)),
    bbLower: alignEnd(n, bands.map((b) => b.lower)),
    volatility20: rollingLogReturnStd(close, 20),
    volumeSma20: alignEnd(n, ti.SMA.calculate({ values: volume, period: 20 })),
    roc10: alignEnd(n, ti.ROC.calculate({ values: close, period: 10 })),
    stochK14: alignEnd(n, ti.Stochastic.calculate({ high, low, close, period: 14, signalPeriod: 3 }).map((s) => s.k)),
  };
}

/** technicalindicators returns arrays shorter than the input, aligned to its end; this puts them back. */
function alignEnd(length: number, values: readonly (number | undefined)[]): Float64Array {
  const out = new Float64Array(length).fill(NaN);
  const offset = length - values.length;
  values.forEach((v, i) => {
    if (v !== undefined && Number.isFinite(v)) out[offset + i] = v;
  });
  return out;
}

/** Sample standard deviation of log returns over the trailing `period` returns (the pipeline's own formula). */
function rollingLogReturnStd(close: readonly number[], period: number): Float64Array {
  const out = new Float64Array(close.length).fill(NaN);
  const returns = close.map((c, i) => (i === 0 ? NaN : Math.log(c / close[i - 1]!)));
  for (let i = period; i < close.length; i++) {
    const slice = returns.slice(i - period + 1, i + 1);
    const mean = slice.reduce((s, r) => s + r, 0) / period;
    const variance = slice.reduce((s, r) => s + (r - mean) ** 2, 0) / (period - 1);
    out[i] = Math.sqrt(variance);
  }
  return out;
}
