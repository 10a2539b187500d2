import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BARRIERS, tradeLevels, type TradeSide } from '../../../inference/barrier.js';
import { loadContext } from '../../../inference/dataset/contextFiles.js';
import { selectFiles } from '../../../market/pairFiles.js';
import { pairSamples } from '../../../inference/dataset/pairSamples.js';
import { predictPairs, type TimeRange } from '../../../inference/evaluation/predictions.js';
import { computeFeatures } from '../../../inference/features/pipeline.js';
import { DIRECTIONS } from '../../../inference/labels.js';
import { ModelRegistry } from '../../../inference/models/registry.js';
import { resolveTrade } from '../../../inference/outcome.js';
import { listReplayFiles } from '../../../market/candleFiles.js';
import type { Candle } from '../../../market/candle.js';
import { TINY_WINDOW, tinyMetadata, writeModelFolder } from '../../support/modelFolder.js';
import { writeReplayFolder } from '../../support/replayFolder.js';
import { MARKET_NOW, syntheticMarket } from '../../support/syntheticMarket.js';

const market = syntheticMarket(300);
const dataDir = writeReplayFolder(market);
const files = selectFiles(listReplayFiles(dataDir), '1h', ['BTC/USDT', 'ETH/USDT']);
const ALL: TimeRange = { from: -Infinity, to: Infinity };
const context = loadContext(listReplayFiles(dataDir), '1h', () => {});
let registry: ModelRegistry;

/** A registry with one tiny 1h model; given output biases and no weights, it answers the same everywhere. */
const tinyRegistry = (bias?: number[]) => ModelRegistry.load(writeModelFolder([{ file: 'm.onnx', metadata: tinyMetadata('1h'), bias }]));

beforeAll(async () => {
  registry = await tinyRegistry();
});
afterAll(() => registry.close());

const expectedSamples = (symbol: string) =>
  pairSamples(market.get(symbol)!.get('1h')!, '1h', TINY_WINDOW, BARRIERS['1h'], context).samples;

describe('model predictions over a candle folder', () => {
  it('scores every decision the training export would make, one probability row each', async () => {
    const result = await predictPairs(registry.directionModel('BTC/USDT', '1h'), '1h', files, ALL, context);
    const expected = [...expectedSamples('BTC/USDT'), ...expectedSamples('ETH/USDT')];
    expect(result.labels.length).toBe(expected.length);
    expect(Array.from(result.labels)).toEqual(expected.map((s) => s.label));
    expect(result.probs.length).toBe(expected.length * DIRECTIONS.length);
    for (let i = 0; i < result.labels.length; i++) {
      expect(result.probs[3 * i]! + result.probs[3 * i + 1]! + result.probs[3 * i + 2]!).toBeCloseTo(1, 5);
    }
    expect(result.pairs).toEqual(['BTC/USDT', 'ETH/USDT']);
    expect(result.calls.length).toBeGreaterThan(0);
  });

  it('gives the same answers whatever the batch size', async () => {
    const model = registry.directionModel('BTC/USDT', '1h');
    const whole = await predictPairs(model, '1h', files, ALL, context);
    const small = await predictPairs(model, '1h', files, ALL, context, 7);
    expect(Array.from(small.probs)).toEqual(Array.from(whole.probs));
    expect(small.calls).toEqual(whole.calls);
  });

  it('keeps only decision candles that opened inside the period', async () => {
    const times = expectedSamples('BTC/USDT').map((s) => s.time);
    const range = { from: times[10]!, to: times[20]! };
    const result = await predictPairs(registry.directionModel('BTC/USDT', '1h'), '1h', files.slice(0, 1), range, context);
    expect(result.labels.length).toBe(11);
    expect([result.firstTime, result.lastTime]).toEqual([range.from, range.to]);
    const none = await predictPairs(registry.directionModel('BTC/USDT', '1h'), '1h', files, { from: MARKET_NOW, to: Infinity }, context);
    expect([none.labels.length, none.pairs, none.firstTime]).toEqual([0, [], null]);
  });

  it('closes each call’s trade exactly as the live outcome rule does', async () => {
    const candles = market.get('BTC/USDT')!.get('1h')!;
    const samples = expectedSamples('BTC/USDT');
    const { atr } = computeFeatures(candles, '1h', context);
    for (const [bias, side] of [[[5, 0, -5], 'LONG'], [[-5, 0, 5], 'SHORT']] as const) {
      // A model that always says `side`, so call i is the trade at decision i.
      const always = await tinyRegistry([...bias]);
      const result = await predictPairs(always.directionModel('BTC/USDT', '1h'), '1h', files.slice(0, 1), ALL, context);
      await always.close();
      expect(result.calls.length).toBe(samples.length);
      const hits = samples.map((sample, i) => {
        const live = liveTrade(candles, atr, sample.time, side);
        expect(result.calls[i]).toMatchObject({ result: live.result, hit: live.hit, netReturn: live.netReturn, time: sample.time });
        return live.hit;
      });
      expect(new Set(hits)).toEqual(new Set([true, false]));
    }
  });
});

/** The trade as the outcome job would close it: levels from the decision's close and ATR, then resolveTrade. */
function liveTrade(candles: readonly Candle[], atr: Float64Array, time: number, side: TradeSide) {
  const index = candles.findIndex((c) => c.time === time);
  const levels = tradeLevels(side, candles[index]!.close, atr[index]!, BARRIERS['1h']);
  const resolved = resolveTrade(levels, '1h', time, candles, Infinity);
  if (!resolved) throw new Error('trade still open');
  return resolved;
}
