import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import { CONDITIONS_CANDLES, CONDITIONS_TIMEFRAME, readMarketConditions, type MarketConditions } from './marketConditions.js';
import { mood, type Mood } from './mood.js';
import type { PaperRecord } from './paperRecord.js';

/**
 * What /status answers, as data. Layer 1 is the mood, from the pair's market and the paper-trading record;
 * layer 2 would be the PPO policy's recommendation for the pair, but no policy model exists yet, so the
 * report holds the pair's market only.
 */
export interface StatusReport {
  mood: Mood;
  market: MarketConditions;
  record: PaperRecord;
}

/** Where status reads candles: SignalService.recentCandles, which resolves the symbol and uses the cache. */
export type RecentCandles = (symbol: string, timeframe: Timeframe, count: number) => Promise<Candle[]>;

/** The status for `pair` (normalised, e.g. STATUS_PAIR); throws UnknownSymbolError, MarketDataError, NotEnoughCandlesError. */
export async function readStatus(recentCandles: RecentCandles, pair: string, record: PaperRecord): Promise<StatusReport> {
  const candles = await recentCandles(pair, CONDITIONS_TIMEFRAME, CONDITIONS_CANDLES);
  const market = readMarketConditions(pair, candles);
  return { mood: mood(market, record), market, record };
}
