import type { Candle } from './candle.js';
import { candleOpenTime, timeframeMs, type Timeframe } from './timeframes.js';

/** A bucket is built when at least this share of its candles exist: an hour-long outage keeps its day. */
const MIN_SHARE = 0.75;

/**
 * Aggregates candles (sorted, of timeframe `from`) into `to` candles: open = first, high = max, low = min,
 * close = last, volume = sum. A bucket is written when at least 75 % of its candles exist and its last one
 * does, so the last bucket is never a day still in progress.
 */
export function resampleCandles(candles: readonly Candle[], from: Timeframe, to: Timeframe): Candle[] {
  const per = timeframeMs(to) / timeframeMs(from);
  const out: Candle[] = [];
  let start = 0;
  while (start < candles.length) {
    const bucket = candleOpenTime(candles[start]!.time, to);
    let end = start;
    while (end < candles.length && candles[end]!.time < bucket + timeframeMs(to)) end++;
    const last = candles[end - 1]!;
    if (end - start >= per * MIN_SHARE && last.time === bucket + timeframeMs(to) - timeframeMs(from)) {
      const part = candles.slice(start, end);
      out.push({
        time: bucket,
        open: part[0]!.open,
        high: Math.max(...part.map((c) => c.high)),
        low: Math.min(...part.map((c) => c.low)),
        close: last.close,
        volume: part.reduce((sum, c) => sum + c.volume, 0),
      });
    }
    start = end;
  }
  return out;
}
