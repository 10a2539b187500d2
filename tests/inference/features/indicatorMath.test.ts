import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, writeFeatureRow } from '../../../inference/features/featureSet.js';
import { computeIndicators, type IndicatorSeries } from '../../../inference/features/indicators.js';
import { buildMarketContext, MARKET_LEADER } from '../../../inference/features/marketContext.js';
import { computePairSeries } from '../../../inference/features/pairSeries.js';
import { computeFeatures } from '../../../inference/features/pipeline.js';
import type { Candle } from '../../../market/candle.js';
import { TIMEFRAMES, timeframeMs } from '../../../market/timeframes.js';
import { syntheticCandles } from '../../../market/syntheticCandles.js';
import { referenceIndicators } from './referenceIndicators.js';

const END = Date.UTC(2026, 0, 1);

/** Markets that reach the edges: calm and wild walks, every length around the warm-ups, a flat price, dead volume. */
const markets: Array<[string, Candle[]]> = [
  ...[0, 1, 2, 10, 11, 14, 15, 20, 21, 26, 27, 33, 34, 35, 60, 120, 500].map(
    (count): [string, Candle[]] => [`${count} candles`, syntheticCandles({ count, timeframe: '1h', end: END, seed: count + 1 })],
  ),
  ['a calm pair', syntheticCandles({ count: 300, timeframe: '15m', end: END, seed: 7, startPrice: 1, volatility: 0.0002 })],
  ['a wild pair', syntheticCandles({ count: 300, timeframe: '1d', end: END, seed: 8, startPrice: 0.00001234, volatility: 0.08 })],
  ['a flat price', Array.from({ length: 80 }, (_, i) => ({ time: i * 3_600_000, open: 1, high: 1, low: 1, close: 1, volume: 5 }))],
  [
    'a pair with no trades for a while',
    syntheticCandles({ count: 150, timeframe: '4h', end: END, seed: 9 }).map((c, i) => (i > 40 && i < 90 ? { ...c, volume: 0 } : c)),
  ],
];

describe('indicators without technicalindicators', () => {
  it.each(markets)('equal the library bit for bit on %s', (_, candles) => {
    const fast = computeIndicators(candles);
    const reference = referenceIndicators(candles);
    for (const name of Object.keys(reference) as Array<keyof IndicatorSeries>) {
      expect({ name, values: Array.from(fast[name]) }).toStrictEqual({ name, values: Array.from(reference[name]) });
    }
  });

  it.each(markets.filter(([, candles]) => candles.length >= 60))('give the features of the library on %s', (_, candles) => {
    // The market is the pair itself, so the context rows exist wherever the pair's candles do.
    const timeframe = TIMEFRAMES.find((tf) => candles.length < 2 || candles[1]!.time - candles[0]!.time === timeframeMs(tf))!;
    const context = buildMarketContext(new Map([[MARKET_LEADER, candles]]), timeframe);
    const pair = computePairSeries(candles, referenceIndicators(candles));
    const expected = new Float32Array(candles.length * FEATURE_NAMES.length);
    candles.forEach((candle, i) => writeFeatureRow(pair, i, candle, context.at(candle.time), expected, i * FEATURE_NAMES.length));
    const matrix = computeFeatures(candles, timeframe, context);
    expect(matrix.width).toBe(FEATURE_NAMES.length);
    expect(Array.from(matrix.values)).toStrictEqual(Array.from(expected));
  });
});
