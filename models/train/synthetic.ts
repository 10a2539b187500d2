import type { Candle } from '../../market/candle.js';
import { candleFileName } from '../../market/candleFiles.js';
import type { Timeframe } from '../../market/timeframes.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';
import { writeCandleFiles, type CandleMap } from '../../market/candleFileWriter.js';

/** Small seeded candle folders for the smoke run and the dataset tests: no dependency on the real data. */
export interface SyntheticOptions {
  pairs: readonly string[];
  timeframes: readonly Timeframe[];
  candles: number;
  seed?: number;
  /** Drop this many candles in the middle of every series, like an exchange maintenance window. */
  gap?: number;
}

const END = Date.UTC(2021, 6, 1);

function dropMiddle(candles: Candle[], gap: number): Candle[] {
  const middle = Math.floor(candles.length / 2);
  return [...candles.slice(0, middle), ...candles.slice(middle + gap)];
}

/** Writes `<BASE>_<QUOTE>-<tf>.csv.gz` files into `dir`; returns the candles written, by file name. */
export function writeSyntheticCandles(dir: string, options: SyntheticOptions): Map<string, Candle[]> {
  const seed = options.seed ?? 1;
  const market: CandleMap = new Map(
    options.pairs.map((symbol, p) => [
      symbol,
      new Map(
        options.timeframes.map((timeframe, k) => {
          const candles = syntheticCandles({ count: options.candles, timeframe, end: END, seed: seed * 1000 + p * 10 + k, volatility: 0.012 });
          return [timeframe, options.gap ? dropMiddle(candles, options.gap) : candles];
        }),
      ),
    ]),
  );
  writeCandleFiles(dir, market);
  const written = new Map<string, Candle[]>();
  for (const [symbol, series] of market) {
    for (const [timeframe, candles] of series) written.set(candleFileName(symbol, timeframe), candles);
  }
  return written;
}
