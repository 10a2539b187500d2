import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCandleFiles, type CandleMap } from '../../market/candleFileWriter.js';

/** Writes candles as a temp folder in the layout of ../shared/data/binance and returns its path. */
export function writeReplayFolder(market: CandleMap): string {
  const dir = mkdtempSync(join(tmpdir(), 'candles-'));
  writeCandleFiles(dir, market);
  return dir;
}
