import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Candle } from '../../market/candle.js';
import { timeframeMs, type Timeframe } from '../../market/timeframes.js';

/** Small seeded candle folders for the smoke run and tests: no dependency on the real data. */
export interface SyntheticOptions {
  pairs: readonly string[];
  timeframes: readonly Timeframe[];
  candles: number;
  seed?: number;
  /** Drop this many candles in the middle of every series, like an exchange maintenance window. */
  gap?: number;
}

const START = Date.UTC(2021, 0, 1);

/** mulberry32: a tiny deterministic generator, so a failing test can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A geometric random walk with wicks and noisy volume. */
export function randomWalk(count: number, timeframe: Timeframe, random: () => number): Candle[] {
  const span = timeframeMs(timeframe);
  const candles: Candle[] = [];
  let close = 100 * (1 + random());
  for (let i = 0; i < count; i++) {
    const open = close;
    close = open * Math.exp((random() - 0.5) * 0.04);
    const high = Math.max(open, close) * (1 + random() * 0.01);
    const low = Math.min(open, close) * (1 - random() * 0.01);
    candles.push({ time: START + i * span, open, high, low, close, volume: 100 * (0.5 + random()) });
  }
  return candles;
}

export function candleCsv(candles: readonly Candle[]): string {
  const rows = candles.map((c) => [c.time, c.open, c.high, c.low, c.close, c.volume].join(','));
  return `timestamp,open,high,low,close,volume\n${rows.join('\n')}\n`;
}

/** Writes `<BASE>_<QUOTE>-<tf>.csv.gz` files into `dir`; returns the candles written, by file name. */
export function writeSyntheticCandles(dir: string, options: SyntheticOptions): Map<string, Candle[]> {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(options.seed ?? 1);
  const written = new Map<string, Candle[]>();
  for (const pair of options.pairs) {
    for (const timeframe of options.timeframes) {
      let candles = randomWalk(options.candles, timeframe, random);
      if (options.gap) {
        const middle = Math.floor(candles.length / 2);
        candles = [...candles.slice(0, middle), ...candles.slice(middle + options.gap)];
      }
      const name = `${pair.replace('/', '_')}-${timeframe}.csv.gz`;
      writeFileSync(join(dir, name), gzipSync(candleCsv(candles)));
      written.set(name, candles);
    }
  }
  return written;
}
