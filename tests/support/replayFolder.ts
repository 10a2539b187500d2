import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { candleFileName } from '../../market/candleFiles.js';
import type { CandleMap } from './syntheticMarket.js';

/** Writes candles as a temp folder in the layout of ../shared/data/binance and returns its path. */
export function writeReplayFolder(market: CandleMap): string {
  const dir = mkdtempSync(join(tmpdir(), 'candles-'));
  writeCandleFiles(dir, market);
  return dir;
}

/** Writes one `<BASE>_<QUOTE>-<tf>.csv.gz` file per symbol and timeframe into `dir`. */
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
