import { describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import { CachedMarketSource, CandleCache } from '../../market/candleCache.js';
import type { MarketSource } from '../../market/source.js';
import type { Timeframe } from '../../market/timeframes.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 0, 1, 10, 20); // 10:20, inside the 10:00 candle

class CountingSource implements MarketSource {
  readonly name = 'counting';
  calls = 0;
  constructor(private readonly now: () => number) {}
  async listSymbols(): Promise<string[]> {
    return ['BTC/USDT'];
  }
  async fetchClosedCandles(_symbol: string, timeframe: Timeframe, limit: number): Promise<Candle[]> {
    this.calls++;
    return syntheticCandles({ count: limit, timeframe, end: this.now() - HOUR });
  }
}

function setup() {
  let time = T0;
  const clock = { now: () => time, set: (t: number) => (time = t) };
  const inner = new CountingSource(clock.now);
  const source = new CachedMarketSource(inner, new CandleCache(clock.now));
  return { clock, inner, source };
}

describe('CachedMarketSource', () => {
  it('serves repeated requests from the cache until the next candle closes', async () => {
    const { clock, inner, source } = setup();
    const first = await source.fetchClosedCandles('BTC/USDT', '1h', 50);
    clock.set(Date.UTC(2024, 0, 1, 10, 59, 59, 999));
    expect(await source.fetchClosedCandles('BTC/USDT', '1h', 50)).toEqual(first);
    expect(inner.calls).toBe(1);

    clock.set(Date.UTC(2024, 0, 1, 11, 0)); // the 10:00 candle closes: a new one is available
    await source.fetchClosedCandles('BTC/USDT', '1h', 50);
    expect(inner.calls).toBe(2);
  });

  it('serves a smaller limit from a larger entry and fetches for a larger one', async () => {
    const { inner, source } = setup();
    const fifty = await source.fetchClosedCandles('BTC/USDT', '1h', 50);
    const ten = await source.fetchClosedCandles('BTC/USDT', '1h', 10);
    expect(ten).toEqual(fifty.slice(-10));
    expect(inner.calls).toBe(1);
    await source.fetchClosedCandles('BTC/USDT', '1h', 100);
    expect(inner.calls).toBe(2);
  });

  it('keys entries by timeframe, each expiring at its own close', async () => {
    const { clock, inner, source } = setup();
    await source.fetchClosedCandles('BTC/USDT', '15m', 10);
    await source.fetchClosedCandles('BTC/USDT', '4h', 10);
    expect(inner.calls).toBe(2);
    clock.set(Date.UTC(2024, 0, 1, 10, 30)); // 15m closes at 10:30, 4h not until 12:00
    await source.fetchClosedCandles('BTC/USDT', '4h', 10);
    expect(inner.calls).toBe(2);
    await source.fetchClosedCandles('BTC/USDT', '15m', 10);
    expect(inner.calls).toBe(3);
  });
});

describe('CandleCache', () => {
  it('trusts a short answer when it was all the history there is', () => {
    let time = T0;
    const cache = new CandleCache(() => time);
    const short = syntheticCandles({ count: 5, timeframe: '1h', end: T0 - HOUR });
    cache.set('s', 'NEW/USDT', '1h', short, 100);
    expect(cache.get('s', 'NEW/USDT', '1h', 100)).toEqual(short);
    expect(cache.get('s', 'NEW/USDT', '1h', 200)).toBeUndefined();
    time += HOUR;
    expect(cache.get('s', 'NEW/USDT', '1h', 5)).toBeUndefined();
  });

  it('expires by the fetch start, so a candle closing mid-fetch is not missed for a period', () => {
    const cache = new CandleCache(() => Date.UTC(2024, 0, 1, 11, 0, 1));
    cache.set('s', 'BTC/USDT', '1h', [], 1, Date.UTC(2024, 0, 1, 10, 59, 59));
    expect(cache.get('s', 'BTC/USDT', '1h', 1)).toBeUndefined();
  });

  it('reports the age of its oldest valid entry', () => {
    let time = T0;
    const cache = new CandleCache(() => time);
    expect(cache.oldestEntryAgeMs()).toBeUndefined();
    cache.set('s', 'BTC/USDT', '4h', [], 1);
    time += 60_000;
    cache.set('s', 'ETH/USDT', '4h', [], 1);
    time += 1_000;
    expect(cache.oldestEntryAgeMs()).toBe(61_000);
    expect(cache.size).toBe(2);
  });

  it('stays within its size: expired entries go first, then the least recently used', () => {
    let time = T0;
    const cache = new CandleCache(() => time, 3);
    cache.set('s', 'A/USDT', '15m', [], 1);
    cache.set('s', 'B/USDT', '1d', [], 1);
    cache.set('s', 'C/USDT', '1d', [], 1);
    time += 15 * 60_000;
    cache.set('s', 'D/USDT', '1d', [], 1);
    expect(cache.size).toBe(3);
    expect(cache.get('s', 'B/USDT', '1d', 1)).toEqual([]);

    cache.set('s', 'E/USDT', '1d', [], 1);
    expect(cache.size).toBe(3);
    expect(cache.get('s', 'C/USDT', '1d', 1)).toBeUndefined();
    expect(['B', 'D', 'E'].map((base) => cache.get('s', `${base}/USDT`, '1d', 1))).toEqual([[], [], []]);
  });
});
