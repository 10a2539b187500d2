import type { Candle } from './candle.js';
import { BadCandlesError } from './errors.js';
import { timeframeMs, type Timeframe } from './timeframes.js';

/** The last closed candle may be this many candles older than it should be before the data counts as stale. */
const STALE_AFTER_CANDLES = 2;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** A reason the candle cannot be right, or null. */
function badCandle(c: Candle): string | null {
  const prices = [c.open, c.high, c.low, c.close];
  if (![...prices, c.volume, c.time].every(Number.isFinite)) return 'a value that is not a finite number';
  if (prices.some((p) => p <= 0)) return 'a price at or below zero';
  if (c.volume < 0) return 'a negative volume';
  if (c.high < c.low) return 'a high below its low';
  if (c.high < Math.max(c.open, c.close) || c.low > Math.min(c.open, c.close)) return 'an open or close outside its high–low range';
  return null;
}

/**
 * What the exchange sent, checked the way the candle files are: duplicates by open time are dropped (the
 * last one wins, as the exchange corrects a row by sending it again), and a candle that cannot be right,
 * or a last closed candle more than STALE_AFTER_CANDLES older than it should be at `now` (or none at all: an
 * empty or unreadable answer), is refused with a BadCandlesError naming the candle. Returns the candles sorted by time. Gaps are kept: the features
 * restart their indicators after one (inference/features/segments.ts).
 */
export function checkCandles(candles: readonly Candle[], symbol: string, timeframe: Timeframe, now: number): Candle[] {
  const byTime = new Map<number, Candle>();
  for (const candle of candles) byTime.set(candle.time, candle);
  const sorted = [...byTime.values()].sort((a, b) => a.time - b.time);
  for (const candle of sorted) {
    const reason = badCandle(candle);
    if (reason) throw new BadCandlesError(symbol, timeframe, `the candle of ${iso(candle.time)} UTC has ${reason}`);
  }
  const span = timeframeMs(timeframe);
  const last = sorted.at(-1);
  if (!last) throw new BadCandlesError(symbol, timeframe, 'it sent no closed candle');
  const newestClosedOpen = Math.floor(now / span) * span - span;
  if (newestClosedOpen - last.time > STALE_AFTER_CANDLES * span) {
    throw new BadCandlesError(symbol, timeframe, `the latest candle opened ${iso(last.time)} UTC, over ${STALE_AFTER_CANDLES} candles ago`);
  }
  return sorted;
}
