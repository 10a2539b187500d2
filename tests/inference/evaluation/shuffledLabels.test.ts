import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../../inference/dataset/contextFiles.js';
import { selectFiles } from '../../../market/pairFiles.js';
import { labelShares } from '../../../inference/evaluation/modelBaseline.js';
import { argmaxRows, balancedAccuracy, logLoss, repeatRow } from '../../../inference/evaluation/metrics.js';
import { predictPairs, type Predictions } from '../../../inference/evaluation/predictions.js';
import { DIRECTIONS } from '../../../inference/labels.js';
import { ModelRegistry } from '../../../inference/models/registry.js';
import { listReplayFiles } from '../../../market/candleFiles.js';
import { writeReplayFolder } from '../../support/replayFolder.js';
import { mulberry32, syntheticCandles } from '../../../market/syntheticCandles.js';
import { MARKET_NOW } from '../../support/syntheticMarket.js';

/**
 * The leak check: once labels are shuffled, nothing the model sees can predict them, so any honest
 * evaluation must score it at chance. A pipeline that let labels or future candles reach the inputs
 * would still look good here.
 */
const CLASSES = DIRECTIONS.length;
// BTC/USDT leads the market context that every pair's features read.
const PAIRS = ['BTC/USDT', 'BBB/USDT', 'CCC/USDT', 'DDD/USDT', 'EEE/USDT', 'FFF/USDT'];
const TOLERANCE = { balancedAccuracy: 0.03, logLoss: 0.01 };

const market = new Map(PAIRS.map((symbol, k) => [
  symbol,
  new Map([['1h' as const, syntheticCandles({ count: 2000, timeframe: '1h', end: MARKET_NOW, seed: 100 + k, volatility: 0.01 })]]),
]));
let registry: ModelRegistry;
let predictions: Predictions;

beforeAll(async () => {
  registry = await ModelRegistry.load('models');
  const model = registry.directionModel(PAIRS[0]!, '1h');
  const files = listReplayFiles(writeReplayFolder(market));
  predictions = await predictPairs(model, '1h', selectFiles(files, '1h', undefined), { from: -Infinity, to: Infinity }, loadContext(files, '1h', () => {}));
}, 60_000);
afterAll(() => registry.close());

function shuffled(labels: Int8Array, seed: number): Int8Array {
  const random = mulberry32(seed);
  const out = Int8Array.from(labels);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function score(probs: ArrayLike<number>, labels: Int8Array) {
  const prior = repeatRow(labelShares(labels), labels.length);
  return {
    balancedAccuracy: balancedAccuracy(labels, argmaxRows(probs, CLASSES), CLASSES),
    logLoss: logLoss(probs, labels, CLASSES),
    baselineLogLoss: logLoss(prior, labels, CLASSES),
  };
}

describe('evaluation on shuffled labels', () => {
  it('scores the shipped model at chance once the labels are shuffled', () => {
    expect(predictions.labels.length).toBeGreaterThan(10_000);
    for (const seed of [1, 2, 3]) {
      const result = score(predictions.probs, shuffled(predictions.labels, seed));
      expect(Math.abs(result.balancedAccuracy - 1 / 3)).toBeLessThan(TOLERANCE.balancedAccuracy);
      expect(result.logLoss).toBeGreaterThan(result.baselineLogLoss - TOLERANCE.logLoss);
    }
  });

  it('would catch a leak: a model that saw the labels looks perfect, then falls to chance when they are shuffled', () => {
    const { labels } = predictions;
    const leaked = new Float64Array(labels.length * CLASSES).fill(0.1);
    labels.forEach((label, i) => { leaked[i * CLASSES + label] = 0.8; });
    const honest = score(leaked, labels);
    expect(honest.balancedAccuracy).toBe(1);
    expect(honest.logLoss).toBeLessThan(honest.baselineLogLoss - 0.5);
    const result = score(leaked, shuffled(labels, 1));
    expect(Math.abs(result.balancedAccuracy - 1 / 3)).toBeLessThan(TOLERANCE.balancedAccuracy);
    expect(result.logLoss).toBeGreaterThan(result.baselineLogLoss - TOLERANCE.logLoss);
  });
});
