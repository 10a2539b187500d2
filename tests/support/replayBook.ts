import { MARKET_LEADER } from '../../inference/features/marketContext.js';
import type { Candle } from '../../market/candle.js';
import { listReplayFiles } from '../../market/candleFiles.js';
import { readPair, selectFiles } from '../../market/pairFiles.js';
import { TIMEFRAMES, timeframeMs, type Timeframe } from '../../market/timeframes.js';

/**
 * Every pair and timeframe of a replay folder in memory, read as the replay source reads them (4h/1d buckets
 * missing an hour rebuilt from 1h), and the end of the market: the moment the market leader's newest candle
 * closes (every call reads its candles: a pair's candle after that would have no market context), else the
 * newest candle's.
 */
export function loadReplayBook(dir: string): { book: Map<string, Map<Timeframe, Candle[]>>; end: number } {
  const files = listReplayFiles(dir);
  const book = new Map<string, Map<Timeframe, Candle[]>>();
  let end = 0;
  let leaderEnd = 0;
  for (const timeframe of TIMEFRAMES) {
    for (const pair of selectFiles(files, timeframe, undefined)) {
      const candles = readPair(pair);
      const last = candles.at(-1);
      const close = last ? last.time + timeframeMs(timeframe) : 0;
      end = Math.max(end, close);
      if (pair.symbol === MARKET_LEADER) leaderEnd = Math.max(leaderEnd, close);
      const series = book.get(pair.symbol) ?? new Map<Timeframe, Candle[]>();
      series.set(timeframe, candles);
      book.set(pair.symbol, series);
    }
  }
  return { book, end: leaderEnd || end };
}
