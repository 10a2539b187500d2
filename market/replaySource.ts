import type { Candle } from './candle.js';
import { listReplayFiles, type ReplayFile } from './candleFiles.js';
import { MarketDataError } from './errors.js';
import { readPair, selectFiles } from './pairFiles.js';
import type { MarketSource } from './source.js';
import { resolveSymbol } from './symbols.js';
import { timeframeMs, type Timeframe } from './timeframes.js';

export interface ReplaySourceOptions {
  /** A folder of `<BASE>_<QUOTE>-<timeframe>.csv.gz` files. */
  dir: string;
  /** Candles that close after `now()` are not served yet, so a clock can walk through history. */
  now?: () => number;
}

/** Candles replayed from files on disk; each pair and timeframe is read once, on first use. */
export class ReplayMarketSource implements MarketSource {
  readonly name: string;
  private readonly dir: string;
  private readonly now: () => number;
  private files: ReplayFile[] | undefined;
  private readonly loaded = new Map<string, Candle[]>();

  constructor(options: ReplaySourceOptions) {
    this.dir = options.dir;
    this.now = options.now ?? Date.now;
    this.name = `replay:${options.dir}`;
  }

  async listSymbols(): Promise<string[]> {
    return [...new Set(this.replayFiles().map((f) => f.symbol))].sort();
  }

  async fetchClosedCandles(symbol: string, timeframe: Timeframe, limit: number): Promise<Candle[]> {
    resolveSymbol(symbol, await this.listSymbols());
    const candles = this.candles(symbol, timeframe);
    const end = countClosed(candles, this.now() - timeframeMs(timeframe));
    return limit > 0 ? candles.slice(Math.max(0, end - limit), end) : [];
  }

  private replayFiles(): ReplayFile[] {
    this.files ??= listReplayFiles(this.dir);
    return this.files;
  }

  /** A pair's candles as the training export reads them (pairFiles.ts: 4h/1d buckets missing an hour rebuilt from 1h). */
  private candles(symbol: string, timeframe: Timeframe): Candle[] {
    const [files] = selectFiles(this.replayFiles(), timeframe, [symbol]);
    if (!files) throw new MarketDataError(`no ${timeframe} candles for ${symbol} in ${this.dir}`);
    const key = `${symbol} ${timeframe}`;
    let candles = this.loaded.get(key);
    if (!candles) {
      candles = readPair(files);
      this.loaded.set(key, candles);
    }
    return candles;
  }
}

/** How many candles (sorted by time) opened at or before `lastOpen`, i.e. have closed. Binary search. */
function countClosed(candles: readonly Candle[], lastOpen: number): number {
  let lo = 0;
  let hi = candles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((candles[mid]?.time ?? Infinity) <= lastOpen) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
