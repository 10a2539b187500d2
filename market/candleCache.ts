import type { Candle } from './candle.js';
import type { MarketSource } from './source.js';
import { nextCandleClose, type Timeframe } from './timeframes.js';

interface CacheEntry {
  candles: Candle[];
  /** The limit asked for when fetched: a shorter answer means the history is that short. */
  requested: number;
  fetchedAt: number;
  expiresAt: number;
}

/**
 * Closed candles per (source, symbol, timeframe). An entry is valid until the next candle of its
 * timeframe closes, because only then can the answer change.
 */
export class CandleCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(readonly now: () => number = Date.now) {}

  /** Up to `limit` cached candles, or undefined when the entry is missing, expired or too short. */
  get(source: string, symbol: string, timeframe: Timeframe, limit: number): Candle[] | undefined {
    const key = cacheKey(source, symbol, timeframe);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    if (entry.candles.length < limit && entry.requested < limit) return undefined;
    return entry.candles.slice(-limit);
  }

  /** `fetchedAt` is when the fetch started: a candle closing during the fetch may be missing from it. */
  set(
    source: string,
    symbol: string,
    timeframe: Timeframe,
    candles: Candle[],
    requested: number,
    fetchedAt = this.now(),
  ): void {
    this.entries.set(cacheKey(source, symbol, timeframe), {
      candles,
      requested,
      fetchedAt,
      expiresAt: nextCandleClose(fetchedAt, timeframe),
    });
  }

  /** For /health: how old the oldest still-valid entry is, undefined when none is. */
  oldestEntryAgeMs(): number | undefined {
    const now = this.now();
    let oldest: number | undefined;
    for (const entry of this.entries.values()) {
      if (now < entry.expiresAt && (oldest === undefined || entry.fetchedAt < oldest)) oldest = entry.fetchedAt;
    }
    return oldest === undefined ? undefined : now - oldest;
  }

  get size(): number {
    return this.entries.size;
  }
}

function cacheKey(source: string, symbol: string, timeframe: Timeframe): string {
  return `${source}|${symbol}|${timeframe}`;
}

/** Told whether each candle request was answered from the cache; the app counts them for /metrics. */
export type CacheLookupListener = (result: 'hit' | 'miss') => void;

/** A MarketSource that answers from the cache when it can and asks the inner source otherwise. */
export class CachedMarketSource implements MarketSource {
  readonly name: string;

  constructor(
    private readonly inner: MarketSource,
    readonly cache: CandleCache = new CandleCache(),
    private readonly onLookup: CacheLookupListener = () => undefined,
  ) {
    this.name = inner.name;
  }

  listSymbols(): Promise<string[]> {
    return this.inner.listSymbols();
  }

  async fetchClosedCandles(symbol: string, timeframe: Timeframe, limit: number): Promise<Candle[]> {
    const cached = this.cache.get(this.inner.name, symbol, timeframe, limit);
    this.onLookup(cached ? 'hit' : 'miss');
    if (cached) return cached;
    const startedAt = this.cache.now();
    const candles = await this.inner.fetchClosedCandles(symbol, timeframe, limit);
    this.cache.set(this.inner.name, symbol, timeframe, candles, limit, startedAt);
    return candles;
  }
}
