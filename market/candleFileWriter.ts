import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Candle } from './candle.js';
import { candleFileName } from './candleFiles.js';
import type { Timeframe } from './timeframes.js';

/** Candles by symbol and timeframe, as a candle folder holds them. */
export type CandleMap = Map<string, Map<Timeframe, Candle[]>>;

/** Writes one `<BASE>_<QUOTE>-<tf>.csv.gz` file per symbol and timeframe into `dir`, in the layout candleFiles.ts reads. */
export function writeCandleFiles(dir: string, market: CandleMap): void {
  mkdirSync(dir, { recursive: true });
  for (const [symbol, byTimeframe] of market) {
    for (const [timeframe, candles] of byTimeframe) {
      const rows = candles.map((c) => [c.time, c.open, c.high, c.low, c.close, c.volume].join(','));
      const text = ['timestamp,open,high,low,close,volume', ...rows, ''].join('\n');
      writeFileSync(join(dir, candleFileName(symbol, timeframe)), gzipSync(text));
    }
  }
}
