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
 * Entries kept at most: every pair of a 34-pair board on four timeframes (136) many times over, while an
 * exchange listing thousands of pairs cannot grow the cache without end (an entry is ~300 candles, ~60 KB).
 */
export const MAX_CACHE_ENTRIES = 1_000;

/**
 * Closed candles per (source, symbol, timeframe). An entry is valid until the next candle of its
 * timeframe closes, because only then can the answer change. At `maxEntries` a new entry first sweeps out
 * the expired ones, then the least recently used.
 */
export class CandleCache {
  /** In order of last use, oldest first. */
  private readonly entries = new Map<string, CacheEntry>();

  constructor(readonly now: () => number = Date.now, private readonly maxEntries = MAX_CACHE_ENTRIES) {}

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
    this.entries.delete(key);
    this.entries.set(key, entry);
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
    const key = cacheKey(source, symbol, timeframe);
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.makeRoom();
    this.entries.set(key, {
      candles,
      requested,
      fetchedAt,
      expiresAt: nextCandleClose(fetchedAt, timeframe),
    });
  }

  private makeRoom(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (now >= entry.expiresAt) this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
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
