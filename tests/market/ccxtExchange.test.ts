import { describe, expect, it } from 'vitest';
import { rewriteApiUrls, sharedExchange } from '../../market/ccxtExchange.js';
import { closedCandles } from '../../market/ccxtSource.js';
import { BadCandlesError, MarketDataError } from '../../market/errors.js';

describe('rewriteApiUrls', () => {
  it('replaces the origin of every URL, nested or in arrays, keeping paths', () => {
    const api = {
      public: 'https://api.binance.com/api/v3',
      futures: { linear: 'https://fapi.binance.com/fapi/v1', list: ['https://x.example/a?b=1'] },
      templated: 'https://api.{hostname}/v2',
      notAUrl: 'GET',
      count: 3,
    };
    expect(rewriteApiUrls(api, 'http://127.0.0.1:8081/')).toEqual({
      public: 'http://127.0.0.1:8081/api/v3',
      futures: { linear: 'http://127.0.0.1:8081/fapi/v1', list: ['http://127.0.0.1:8081/a?b=1'] },
      templated: 'http://127.0.0.1:8081/v2',
      notAUrl: 'GET',
      count: 3,
    });
  });

  it('keeps a path prefix of the base (a mirror behind a path)', () => {
    expect(rewriteApiUrls({ public: 'https://api.binance.com/api/v3' }, 'https://mirror.example/binance')).toEqual({
      public: 'https://mirror.example/binance/api/v3',
    });
  });
});

describe('sharedExchange', () => {
  it('reuses one instance per exchange id and API URL, pointed at the override', () => {
    const a = sharedExchange('binance', 'http://127.0.0.1:1');
    expect(sharedExchange('binance', 'http://127.0.0.1:1')).toBe(a);
    expect(sharedExchange('binance', 'http://127.0.0.1:2')).not.toBe(a);
    const urls = JSON.stringify(a.exchange.urls.api);
    expect(urls).not.toMatch(/binance\.com/);
    expect(a.exchange.options['fetchMarkets']).toMatchObject({ types: ['spot'] });
    expect(a.exchange.options['fetchCurrencies']).toBe(false);
  });

  it('refuses an exchange id ccxt does not know', () => {
    expect(() => sharedExchange('nosuchexchange')).toThrow(MarketDataError);
  });
});

describe('closedCandles', () => {
  const H = 3_600_000;
  const row = (time: number) => [time, 1, 2, 0.5, 1.5, 10] as [number, number, number, number, number, number];

  it('drops the open candle and a repeated row, sorts and keeps the last `limit`', () => {
    const rows = [row(3 * H), row(0), row(H), row(2 * H), row(2 * H), row(4 * H)];
    expect(closedCandles(rows, 'BTC/USDT', '1h', 4 * H + 1, 2).map((c) => c.time)).toEqual([2 * H, 3 * H]);
    expect(closedCandles(rows, 'BTC/USDT', '1h', 5 * H, 10).map((c) => c.time)).toEqual([0, H, 2 * H, 3 * H, 4 * H]);
    expect(closedCandles(rows, 'BTC/USDT', '1h', 5 * H, 0)).toEqual([]);
  });

  it('refuses a malformed row instead of skipping it', () => {
    const rows = [row(0), [H, undefined, 2, 0.5, 1.5, 10] as never, row(2 * H)];
    expect(() => closedCandles(rows, 'BTC/USDT', '1h', 3 * H, 10)).toThrow(BadCandlesError);
  });
});
