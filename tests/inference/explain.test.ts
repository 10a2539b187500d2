import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LITTLE_EFFECT } from '../../inference/explain/explanation.js';
import { readIndicators } from '../../inference/explain/readings.js';
import { FEATURE_NAMES } from '../../inference/features/featureSet.js';
import { DIRECTIONS } from '../../inference/labels.js';
import { ModelRegistry } from '../../inference/models/registry.js';
import { SignalService } from '../../inference/signalService.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { MARKET_NOW, syntheticMarket } from '../support/syntheticMarket.js';

/** A [rows, features] window with the given columns filled row by row and zeros elsewhere. */
function window(columns: Record<string, number[]>): Float32Array {
  const rows = Math.max(...Object.values(columns).map((v) => v.length));
  const out = new Float32Array(rows * FEATURE_NAMES.length);
  for (const [name, values] of Object.entries(columns)) {
    const column = FEATURE_NAMES.indexOf(name);
    values.forEach((v, row) => (out[row * FEATURE_NAMES.length + column] = v));
  }
  return out;
}

describe('indicator readings', () => {
  it('reads RSI zone, MACD sign and slope, volume against its average, volatility against its median and the market', () => {
    const readings = readIndicators(
      window({
        rsi14: [50, 60, 75],
        macd_hist_atr: [-0.2, -0.1, -0.05],
        volume_z20: [0, 0, 1.6],
        atr_rel: [0.01, 0.01, 0.02],
        btc_z16: [0, 0, -1.5],
        basket_z16: [0, 0, -0.75],
        breadth20: [0.5, 0.5, 0.25],
      }),
      FEATURE_NAMES,
    );
    expect(readings).toEqual({
      rsi: { value: 75, zone: 'overbought' },
      macd: { histogram: expect.closeTo(-0.05, 6), rising: true },
      volume: { z: expect.closeTo(1.6, 6), level: 'high' },
      volatility: { atrRel: expect.closeTo(0.02, 8), typicalAtrRel: expect.closeTo(0.01, 8), ratio: expect.closeTo(2, 5), level: 'high' },
      market: { btcMove: -1.5, basketMove: -0.75, breadth: 0.25 },
    });
  });

  it('calls RSI 25 oversold, a shrinking positive histogram falling, and quiet volume low', () => {
    const readings = readIndicators(
      window({ rsi14: [25], macd_hist_atr: [0.2, 0.1], volume_z20: [-1.5, -1.5], atr_rel: [0.01, 0.01] }),
      FEATURE_NAMES,
    );
    expect(readings.rsi.zone).toBe('oversold');
    expect(readings.macd.rising).toBe(false);
    expect(readings.volume.level).toBe('low');
    expect(readings.volatility.level).toBe('normal');
  });
});

describe('why a model made its call', () => {
  let registry: ModelRegistry;
  let service: SignalService;

  beforeAll(async () => {
    // A model that looks at RSI only: LONG's logit is 0.2·(mean RSI − 50), the others' 0.
    const weights = new Array<number>(FEATURE_NAMES.length * 3).fill(0);
    weights[FEATURE_NAMES.indexOf('rsi14') * 3 + DIRECTIONS.indexOf('LONG')] = 0.2;
    registry = await ModelRegistry.load(
      writeModelFolder([{ file: 'rsi-1h.onnx', metadata: tinyMetadata('1h'), weights, bias: [-10, 0, 0] }]),
    );
    const source = new ReplayMarketSource({ dir: writeReplayFolder(syntheticMarket()), now: () => MARKET_NOW });
    service = new SignalService({ market: source, registry, now: () => MARKET_NOW });
  });
  afterAll(() => registry.close());

  it('credits RSI, the only indicator the model uses, and finds no push from the others', async () => {
    for (const symbol of ['BTC/USDT', 'ETH/USDT', 'SHIB/USDT']) {
      const e = await service.explain(symbol, '1h');
      expect(e.prediction).toEqual(await service.predict(symbol, '1h'));
      const [rsi, ...others] = e.pushes;
      expect(rsi?.indicator).toBe('rsi');
      expect(rsi!.towardCall).toBeGreaterThan(LITTLE_EFFECT);
      expect(e.pushedToward).toEqual(['rsi']);
      expect(e.pushedAgainst).toEqual([]);
      for (const push of others) {
        expect(push.effect).toBe('little');
        expect(Math.abs(push.towardCall)).toBeLessThan(1e-6);
      }
      expect(e.window).toBe(20);
      expect(e.readings.rsi.value).toBeGreaterThan(0);
    }
  });
});
