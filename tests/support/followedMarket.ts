import type { CandleMap } from '../../market/candleFileWriter.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';
import { ModelRegistry } from '../../inference/models/registry.js';
import { trainedPairs } from '../../inference/models/trainedPairs.js';
import { MARKET_NOW } from './syntheticMarket.js';

/** Trained pairs that ../shared/data/binance has no candles of: the replay market lists the other 34. */
const NOT_IN_REPLAY_DATA = ['BNB/USDT', 'DOGE/USDT', 'NEAR/USDT', 'TRX/USDT'];
/** Listed but never trained on: a market lists more than the product follows. */
export const UNTRAINED_PAIR = 'SHIB/USDT';
/** Listed with too little history for any model window. */
export const NEW_PAIR = 'NEW/USDT';

/**
 * A synthetic market shaped like the replay data: the shipped models' trained pairs it has (34), one
 * pair they never saw, and one listed yesterday. Returns the market and the pairs it should follow.
 */
export async function replayShapedMarket(modelsDir = 'models'): Promise<{ candles: CandleMap; followed: string[] }> {
  const registry = await ModelRegistry.load(modelsDir);
  const followed = trainedPairs(registry).filter((pair) => !NOT_IN_REPLAY_DATA.includes(pair));
  await registry.close();
  const series = (seed: number, count: number) =>
    new Map(TIMEFRAMES.map((timeframe, k) => [timeframe, syntheticCandles({ seed: seed * 10 + k, count, timeframe, end: MARKET_NOW })]));
  const candles: CandleMap = new Map([
    ...followed.map((pair, k) => [pair, series(k + 1, 200)] as const),
    [UNTRAINED_PAIR, series(90, 200)],
    [NEW_PAIR, series(91, 30)],
  ]);
  return { candles, followed };
}
