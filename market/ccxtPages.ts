import type { OHLCV } from 'ccxt';
import { candleOpenTime, timeframeMs, type Timeframe } from './timeframes.js';

/** Binance answers at most 1,000 candles per klines request (ccxt caps `limit` there); others are similar. */
export const MAX_CANDLES_PER_REQUEST = 1000;

/** One klines request: from `since` (open time, ms) forward, or the latest rows when `since` is undefined. */
export type FetchOhlcvPage = (since: number | undefined, limit: number) => Promise<OHLCV[]>;

/**
 * The latest `count` rows up to `now`. One request when they fit in one; otherwise pages walked forward
 * from `count` candles before `now`, each starting after the last row of the one before.
 */
export async function fetchLatestOhlcv(fetchPage: FetchOhlcvPage, timeframe: Timeframe, now: number, count: number): Promise<OHLCV[]> {
  if (count <= MAX_CANDLES_PER_REQUEST) return fetchPage(undefined, count);
  const span = timeframeMs(timeframe);
  let since = candleOpenTime(now, timeframe) - (count - 1) * span;
  const rows: OHLCV[] = [];
  // Bounded, so a server that keeps answering full pages cannot keep us looping.
  const maxPages = Math.ceil(count / MAX_CANDLES_PER_REQUEST) + 1;
  for (let page = 0; page < maxPages && since <= now; page++) {
    const batch = await fetchPage(since, MAX_CANDLES_PER_REQUEST);
    const lastOpen = batch.at(-1)?.[0];
    if (typeof lastOpen !== 'number' || lastOpen < since) break;
    rows.push(...batch);
    if (batch.length < MAX_CANDLES_PER_REQUEST) break;
    since = lastOpen + span;
  }
  return rows;
}
