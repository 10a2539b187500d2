import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelRegistry } from '../../inference/models/registry.js';
import { SignalService } from '../../inference/signalService.js';
import { UnknownSymbolError } from '../../market/errors.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import { timeframeMs } from '../../market/timeframes.js';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { MARKET_NOW, syntheticMarket } from '../support/syntheticMarket.js';

describe('the signal service', () => {
  let registry: ModelRegistry;
  let service: SignalService;
  const market = syntheticMarket();

  beforeAll(async () => {
    registry = await ModelRegistry.load(writeModelFolder([
      { file: 'long-1h.onnx', metadata: tinyMetadata('1h'), bias: [4, 0, -4] },
      { file: 'flat-4h.onnx', metadata: tinyMetadata('4h'), bias: [-4, 4, -4] },
    ]));
    const source = new ReplayMarketSource({ dir: writeReplayFolder(market), now: () => MARKET_NOW });
    service = new SignalService({ market: source, registry, now: () => MARKET_NOW });
  });
  afterAll(() => registry.close());

  it('predicts from the last closed candle with levels in ATRs and the model card numbers', async () => {
    const p = await service.predict('ETH/USDT', '1h');
    const closed = market.get('ETH/USDT')!.get('1h')!.at(-2)!;
    expect(p).toMatchObject({ symbol: 'ETH/USDT', timeframe: '1h', direction: 'LONG', entry: closed.close, candleTime: closed.time });
    expect(p.confidence).toBe(p.probabilities.LONG);
    expect(p.confidence).toBeGreaterThan(0.9);
    const { a, b } = JSON.parse(tinyMetadata('1h').barrier!) as { a: number; b: number };
    expect(p.stopLoss).toBeCloseTo(p.entry - a * p.atr, 6);
    expect(p.takeProfits!.tp3).toBeCloseTo(p.entry + 3 * b * p.atr, 6);
    expect(p.validUntil).toBe(closed.time + 2 * timeframeMs('1h'));
    expect(p).toMatchObject({ modelVersion: 'tiny-1h', modelHitRate: { rate: 0.52, signals: 100, band: null }, tpEtaMinutes: 120 });
  });

  it('gives no levels when the call is NO_TRADE', async () => {
    const p = await service.predict('BTC/USDT', '4h');
    expect(p).toMatchObject({ direction: 'NO_TRADE', stopLoss: null, takeProfits: null, tpEtaMinutes: null });
  });

  it('rejects a symbol the market does not list and suggests close ones', async () => {
    const error = await service.predict('ETHH/USDT', '1h').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownSymbolError);
    expect((error as UnknownSymbolError).suggestions).toContain('ETH/USDT');
  });

  it('says which model is missing for a timeframe without one', async () => {
    await expect(service.predict('BTC/USDT', '1d')).rejects.toThrow(/no 1d model is loaded/);
  });
});
