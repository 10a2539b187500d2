import type { OHLCV } from 'ccxt';
import { describe, expect, it } from 'vitest';
import { CcxtMarketSource } from '../../market/ccxtSource.js';
import { MAX_CANDLES_PER_REQUEST, fetchLatestOhlcv } from '../../market/ccxtPages.js';
import { startFakeExchange } from '../support/fakeExchange.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2024, 5, 1, 12, 30); // inside the 12:00 candle
const series = syntheticCandles({ count: 3000, timeframe: '1h', end: NOW, seed: 9 });
const rows: OHLCV[] = series.map((c) => [c.time, c.open, c.high, c.low, c.close, c.volume]);

/** Binance's klines paging: from `since` forward, or the latest; at most 1,000 rows. */
function exchangePages() {
  const calls: { since: number | undefined; limit: number }[] = [];
  const fetchPage = async (since: number | undefined, limit: number): Promise<OHLCV[]> => {
    calls.push({ since, limit });
    const n = Math.min(limit, MAX_CANDLES_PER_REQUEST);
    return since === undefined ? rows.slice(-n) : rows.filter((r) => (r[0] as number) >= since).slice(0, n);
  };
  return { calls, fetchPage };
}

describe('fetching more candles than one request holds', () => {
  it('makes one request when the candles fit in it', async () => {
    const { calls, fetchPage } = exchangePages();
    expect(await fetchLatestOhlcv(fetchPage, '1h', NOW, 1000)).toEqual(rows.slice(-1000));
    expect(calls).toEqual([{ since: undefined, limit: 1000 }]);
  });

  it('walks pages forward from `count` candles before now and returns exactly the latest ones', async () => {
    const { calls, fetchPage } = exchangePages();
    const got = await fetchLatestOhlcv(fetchPage, '1h', NOW, 2232);
    expect(got).toEqual(rows.slice(-2232));
    const first = Date.UTC(2024, 5, 1, 12) - 2231 * HOUR;
    expect(calls).toEqual([
      { since: first, limit: 1000 },
      { since: first + 1000 * HOUR, limit: 1000 },
      { since: first + 2000 * HOUR, limit: 1000 },
    ]);
  });

  it('stops when the exchange has no more history than it returned', async () => {
    const { calls, fetchPage } = exchangePages();
    const got = await fetchLatestOhlcv(fetchPage, '1h', NOW, 5000);
    expect(got).toEqual(rows);
    expect(calls).toHaveLength(3);
  });

  it('stops when a page does not move forward', async () => {
    let calls = 0;
    const stuck = async (): Promise<OHLCV[]> => {
      calls++;
      return rows.slice(0, 1000);
    };
    await fetchLatestOhlcv(stuck, '1h', NOW, 2500);
    expect(calls).toBeLessThanOrEqual(4);
  });

  it('serves 90 days of 1h candles through ccxt from a Binance-like server', async () => {
    const exchange = await startFakeExchange({ candles: new Map([['BTC/USDT', new Map([['1h', series]])]]), now: () => NOW });
    try {
      const source = new CcxtMarketSource({ apiUrl: exchange.url, now: () => NOW, retry: { sleep: async () => {} } });
      const candles = await source.fetchClosedCandles('BTC/USDT', '1h', 2231);
      expect(candles).toEqual(series.slice(-2232, -1));
      expect(exchange.count('/api/v3/klines')).toBe(3);
    } finally {
      await exchange.close();
    }
  });
});
