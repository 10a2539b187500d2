import type { Candle } from '../../market/candle.js';
import { FACTOR_CANDLES, FACTORS, type FactorName } from './factors.js';

export type FactorValues = Record<FactorName, number>;
export type FactorSamples = Record<FactorName, number[]>;

/** Every factor read at the last candle; `candles` must hold at least FACTOR_CANDLES of them. */
export function readFactors(candles: readonly Candle[]): FactorValues {
  const window = candles.slice(-FACTOR_CANDLES);
  return Object.fromEntries(FACTORS.map((f) => [f.name, f.compute(window)])) as FactorValues;
}

/**
 * Factor readings through a candle history: at the last candle, then every `stride` candles back while
 * a full window fits, at most `maxReadings` times. Non-finite values are left out of `samples`.
 */
export function factorHistory(
  candles: readonly Candle[],
  stride: number,
  maxReadings = Infinity,
): { samples: FactorSamples; readings: number } {
  const samples = Object.fromEntries(FACTORS.map((f) => [f.name, [] as number[]])) as FactorSamples;
  let readings = 0;
  for (let end = candles.length; end >= FACTOR_CANDLES && readings < maxReadings; end -= stride, readings++) {
    const values = readFactors(candles.slice(end - FACTOR_CANDLES, end));
    for (const f of FACTORS) {
      if (Number.isFinite(values[f.name])) samples[f.name].push(values[f.name]);
    }
  }
  return { samples, readings };
}
