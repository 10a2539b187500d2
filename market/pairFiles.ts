import type { Candle } from './candle.js';
import { readCandleFile, type ReplayFile } from './candleFiles.js';
import { resampleCandles } from './resample.js';
import type { Timeframe } from './timeframes.js';

/** The files of one pair and timeframe across the data folders, in folder order. */
export interface PairFiles {
  symbol: string;
  timeframe: Timeframe;
  paths: string[];
  /** The pair's 1h files, for 4h and 1d: they fill the buckets those files leave out. */
  hourly: string[];
}

/** Coarser candles whose missing buckets are rebuilt from 1h candles (see readPair). */
const FILLED_FROM_HOURLY: readonly Timeframe[] = ['4h', '1d'];

function pathsOf(all: readonly ReplayFile[], symbol: string, timeframe: Timeframe): string[] {
  return all.filter((f) => f.symbol === symbol && f.timeframe === timeframe).map((f) => f.path);
}

export function selectFiles(all: readonly ReplayFile[], timeframe: Timeframe, pairs: readonly string[] | undefined): PairFiles[] {
  const symbols = [...new Set(all.filter((f) => f.timeframe === timeframe && (!pairs || pairs.includes(f.symbol))).map((f) => f.symbol))];
  return symbols.sort().map((symbol) => ({
    symbol,
    timeframe,
    paths: pathsOf(all, symbol, timeframe),
    hourly: FILLED_FROM_HOURLY.includes(timeframe) ? pathsOf(all, symbol, '1h') : [],
  }));
}

/** Candles of several files by time; where they overlap, the earlier file's candle stays. */
function mergeFiles(paths: readonly string[]): Candle[] {
  if (paths.length === 1) return readCandleFile(paths[0]!);
  const byTime = new Map<number, Candle>();
  for (const path of paths) for (const c of readCandleFile(path)) if (!byTime.has(c.time)) byTime.set(c.time, c);
  return [...byTime.values()].sort((x, y) => x.time - y.time);
}

/**
 * One pair's candles from all its files. A 4h or 1d file holds a bucket only when every hour of it exists,
 * so one missing hour (an exchange outage) would cut the series there and cost a warm-up of weeks; such a
 * bucket is rebuilt from the 1h candles that exist (resample.ts), as the exchange's own candle would be.
 */
export function readPair(files: PairFiles): Candle[] {
  const candles = mergeFiles(files.paths);
  if (files.hourly.length === 0) return candles;
  const have = new Set(candles.map((c) => c.time));
  const rebuilt = resampleCandles(mergeFiles(files.hourly), '1h', files.timeframe).filter((c) => !have.has(c.time));
  return rebuilt.length === 0 ? candles : [...candles, ...rebuilt].sort((x, y) => x.time - y.time);
}
