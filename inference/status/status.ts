import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import type { PolicyCall } from '../policy/policyCall.js';
import { CONDITIONS_CANDLES, CONDITIONS_TIMEFRAME, readMarketConditions, type MarketConditions } from './marketConditions.js';
import { mood, type Mood } from './mood.js';
import type { PaperRecord } from './paperRecord.js';

/** Layer 1 of /status, as data: the mood, from the pair's market and the paper-trading record. */
export interface StatusReport {
  mood: Mood;
  market: MarketConditions;
  record: PaperRecord;
}

/**
 * What /status answers: layer 1 and layer 2, the PPO policy's call for the pair (null: no policy model loaded,
 * or `policyFailed`: it could not run now, so the mood still answers).
 */
export interface StatusReply extends StatusReport {
  policy: PolicyCall | null;
  policyFailed: boolean;
}

/** Where status reads candles: SignalService.recentCandles, which resolves the symbol and uses the cache. */
export type RecentCandles = (symbol: string, timeframe: Timeframe, count: number) => Promise<Candle[]>;

/** The status for `pair` (normalised, e.g. STATUS_PAIR); throws UnknownSymbolError, MarketDataError, NotEnoughCandlesError. */
export async function readStatus(recentCandles: RecentCandles, pair: string, record: PaperRecord): Promise<StatusReport> {
  const candles = await recentCandles(pair, CONDITIONS_TIMEFRAME, CONDITIONS_CANDLES);
  const market = readMarketConditions(pair, candles);
  return { mood: mood(market, record), market, record };
}
