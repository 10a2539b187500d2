import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelRegistry } from '../../inference/models/registry.js';
import { SignalService } from '../../inference/signalService.js';
import { MarketDataError, UnknownSymbolError } from '../../market/errors.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { MARKET_NOW, syntheticMarket } from '../support/syntheticMarket.js';

describe('the multi-timeframe summary', () => {
  let registry: ModelRegistry;
  let service: SignalService;

  beforeAll(async () => {
    registry = await ModelRegistry.load(
      writeModelFolder([
        { file: 'long-15m.onnx', metadata: tinyMetadata('15m'), bias: [4, 0, -4] },
        { file: 'long-1h.onnx', metadata: tinyMetadata('1h'), bias: [4, 0, -4] },
        // A window longer than the 200 candles the market has: not enough history.
        { file: 'deep-4h.onnx', metadata: tinyMetadata('4h', { window: '190' }), bias: [-4, 4, -4] },
        // No 1d model at all.
      ]),
    );
    const market = syntheticMarket();
    market.get('BCH/USDT')!.delete('15m');
    const source = new ReplayMarketSource({ dir: writeReplayFolder(market), now: () => MARKET_NOW });
    service = new SignalService({ market: source, registry, now: () => MARKET_NOW });
  });
  afterAll(() => registry.close());

  it('runs every timeframe, says which have no call and why, and counts agreement among the rest', async () => {
    const summary = await service.predictAll('ETH/USDT');
    expect(summary.symbol).toBe('ETH/USDT');
    expect(summary.calls.map((c) => ('prediction' in c ? c.prediction.direction : c.unavailable))).toEqual([
      'LONG',
      'LONG',
      'not_enough_history',
      'no_model',
    ]);
    expect(summary.calls.map((c) => c.timeframe)).toEqual(['15m', '1h', '4h', '1d']);
    expect(summary.confluence).toMatchObject({ direction: 'LONG', agreeing: 2, of: 2 });
  });

  it('gives each call the same answer as asking for its timeframe alone', async () => {
    const summary = await service.predictAll('BTC/USDT');
    const oneHour = summary.calls.find((c) => c.timeframe === '1h');
    expect(oneHour && 'prediction' in oneHour ? oneHour.prediction : null).toEqual(await service.predict('BTC/USDT', '1h'));
  });

  it('fails as a whole for an unknown symbol or missing market data, rather than hide it as "no model"', async () => {
    await expect(service.predictAll('NOPE/USDT')).rejects.toBeInstanceOf(UnknownSymbolError);
    await expect(service.predictAll('BCH/USDT')).rejects.toBeInstanceOf(MarketDataError);
  });
});
