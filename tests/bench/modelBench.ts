import { buildMarketContext } from '../../inference/features/marketContext.js';
import { computeFeatures, featureWindow } from '../../inference/features/pipeline.js';
import type { ModelRegistry } from '../../inference/models/registry.js';
import { runDirectionModel } from '../../inference/models/runDirection.js';
import type { Candle } from '../../market/candle.js';
import { time, type Timing } from './measure.js';

/** The market basket's 1h candles, as many as the pair's. */
export type Basket = ReadonlyMap<string, readonly Candle[]>;

/** Model-only latency on real feature windows: one sample, and a batch as large as a full sweep. */
export async function benchModel(registry: ModelRegistry, candles: readonly Candle[], basket: Basket, batch: number): Promise<{
  batch1: Timing;
  batchN: Timing;
}> {
  const model = registry.directionModel('BTC/USDT', '1h');
  const { window, features } = model.metadata;
  const matrix = computeFeatures(candles, '1h', buildMarketContext(basket, '1h'));
  const one = featureWindow(matrix, matrix.rows - 1, window);
  if (!one) throw new Error(`benchmark needs more than ${window} valid feature rows`);
  const many = new Float32Array(batch * window * features.length);
  for (let k = 0; k < batch; k++) {
    many.set(featureWindow(matrix, matrix.rows - 1 - (k % 50), window)!, k * one.length);
  }
  return {
    batch1: await time(() => runDirectionModel(model, one, 1), { runs: 200, warmup: 20 }),
    batchN: await time(() => runDirectionModel(model, many, batch), { runs: 30, warmup: 3 }),
  };
}

/** Features of one pair and timeframe from `candles` (500 in the benchmark), the market context built from the basket's candles included. */
export function benchFeatures(candles: readonly Candle[], basket: Basket): Promise<Timing> {
  return time(() => computeFeatures(candles, '1h', buildMarketContext(basket, '1h')), { runs: 100, warmup: 10 });
}
