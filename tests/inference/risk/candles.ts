import type { Candle } from '../../../market/candle.js';

const HOUR = 3_600_000;

/** Hourly candles from closes; high/low a fixed share around the close, volume as given (default 100). */
export function candlesFromCloses(
  closes: readonly number[],
  options: { range?: number; volumes?: readonly number[]; start?: number } = {},
): Candle[] {
  const { range = 0.01, volumes = [], start = Date.UTC(2024, 0, 1) } = options;
  return closes.map((close, i) => ({
    time: start + i * HOUR,
    open: closes[i - 1] ?? close,
    high: Math.max(close, closes[i - 1] ?? close) * (1 + range / 2),
    low: Math.min(close, closes[i - 1] ?? close) * (1 - range / 2),
    close,
    volume: volumes[i] ?? 100,
  }));
}

/** `n` values repeating `pattern`. */
export function repeat(pattern: readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => pattern[i % pattern.length]!);
}
