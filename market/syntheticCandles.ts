import type { Candle } from './candle.js';
import { candleOpenTime, timeframeMs, type Timeframe } from './timeframes.js';

export interface SyntheticCandleOptions {
  count: number;
  timeframe: Timeframe;
  /** The last candle is the one that contains this moment (still open if `end` is inside it). */
  end: number;
  seed?: number;
  startPrice?: number;
  /** Standard deviation of one candle's log return. */
  volatility?: number;
}

/** Deterministic seeded random walk: the same options always give the same candles. */
export function syntheticCandles(options: SyntheticCandleOptions): Candle[] {
  const { count, timeframe, end, seed = 1, startPrice = 100, volatility = 0.01 } = options;
  const random = mulberry32(seed);
  const span = timeframeMs(timeframe);
  const firstOpen = candleOpenTime(end, timeframe) - (count - 1) * span;
  const candles: Candle[] = [];
  let price = startPrice;
  for (let i = 0; i < count; i++) {
    const open = price;
    const close = open * Math.exp(volatility * gaussian(random));
    const high = Math.max(open, close) * (1 + volatility * random() * 0.5);
    const low = Math.min(open, close) * (1 - volatility * random() * 0.5);
    const volume = 50 + 1000 * random();
    candles.push({ time: firstOpen + i * span, open: round(open), high: round(high), low: round(low), close: round(close), volume: round(volume) });
    price = close;
  }
  return candles;
}

/** Small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Box–Muller transform: one standard normal sample. */
function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Eight significant digits, like exchange prices, so values survive string formatting unchanged. */
function round(value: number): number {
  return Number(value.toPrecision(8));
}
