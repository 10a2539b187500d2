import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelRegistry, type LoadedModel } from '../../inference/models/registry.js';
import { SignalService } from '../../inference/signalService.js';
import { MarketDataError, UnknownSymbolError } from '../../market/errors.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import type { Timeframe } from '../../market/timeframes.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { MARKET_NOW, TEST_PAIRS, syntheticMarket } from '../support/syntheticMarket.js';

describe('batched predictions for a sweep', () => {
  let registry: ModelRegistry;
  let service: SignalService;
  /** ONNX runs per model file. */
  const runs = new Map<string, number>();

  beforeAll(async () => {
    registry = await ModelRegistry.load('models');
    for (const model of registry.models) countRuns(model);
    const market = syntheticMarket();
    market.get('BCH/USDT')!.delete('15m');
    const source = new ReplayMarketSource({ dir: writeReplayFolder(market), now: () => MARKET_NOW });
    service = new SignalService({ market: source, registry, now: () => MARKET_NOW });
  });
  afterAll(() => registry.close());

  function countRuns(model: LoadedModel): void {
    const run = model.session.run.bind(model.session);
    model.session.run = ((...args: Parameters<typeof run>) => {
      runs.set(model.file, (runs.get(model.file) ?? 0) + 1);
      return run(...args);
    }) as typeof run;
  }

  it('predicts every pair with one model call per timeframe and the same answers as one at a time', async () => {
    const pairs = Object.keys(TEST_PAIRS);
    const requests = (['1h', '4h'] as Timeframe[]).flatMap((timeframe) => pairs.map((symbol) => ({ symbol, timeframe })));
    runs.clear();
    const results = await service.predictMany(requests);
    expect(Object.fromEntries(runs)).toEqual({ 'direction-1h.onnx': 1, 'direction-4h.onnx': 1 });

    for (const [k, { symbol, timeframe }] of requests.entries()) {
      const result = results[k]!;
      if (!('prediction' in result)) throw new Error(`${symbol} ${timeframe} failed: ${String(result.error)}`);
      // A batch may round the last float bits differently; everything else is the same.
      const { probabilities, confidence, ...batched } = result.prediction;
      const { probabilities: singleProbabilities, confidence: singleConfidence, ...single } = await service.predict(symbol, timeframe);
      expect(batched).toEqual(single);
      expect(confidence).toBeCloseTo(singleConfidence, 5);
      for (const d of ['LONG', 'NO_TRADE', 'SHORT'] as const) expect(probabilities[d]).toBeCloseTo(singleProbabilities[d], 5);
    }
  });

  it('reports a failing pair in its own result and still serves the others', async () => {
    const results = await service.predictMany([
      { symbol: 'NOPE/USDT', timeframe: '1h' },
      { symbol: 'BCH/USDT', timeframe: '15m' },
      { symbol: 'ETH/USDT', timeframe: '15m' },
    ]);
    expect('error' in results[0]! && results[0].error).toBeInstanceOf(UnknownSymbolError);
    expect('error' in results[1]! && results[1].error).toBeInstanceOf(MarketDataError);
    expect('prediction' in results[2]! && results[2].prediction).toMatchObject({ symbol: 'ETH/USDT', timeframe: '15m' });
  });
});
