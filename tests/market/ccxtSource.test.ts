import dc from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import { CcxtMarketSource, type CcxtSourceOptions } from '../../market/ccxtSource.js';
import { MarketDataError, UnknownSymbolError } from '../../market/errors.js';
import type { Timeframe } from '../../market/timeframes.js';
import { startFakeExchange, type FakeExchange, type FakeExchangeOptions } from '../support/fakeExchange.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';

const NOW = Date.UTC(2024, 5, 1, 12, 30); // inside the 12:00 hourly candle
const HOUR = 3_600_000;
const now = () => NOW;
const noSleep = { sleep: async () => {} };

const btc1h = syntheticCandles({ count: 300, timeframe: '1h', end: NOW, seed: 1, startPrice: 65_000 });
const eth1h = syntheticCandles({ count: 300, timeframe: '1h', end: NOW, seed: 2, startPrice: 3_500 });
const sol4h = syntheticCandles({ count: 100, timeframe: '4h', end: NOW, seed: 3, startPrice: 150 });
const book = new Map<string, Map<Timeframe, Candle[]>>([
  ['BTC/USDT', new Map([['1h', btc1h]])],
  ['ETH/USDT', new Map([['1h', eth1h]])],
  ['SOL/USDT', new Map([['4h', sol4h]])],
]);

/**
 * Every host this process talks to: undici's request channel sees ccxt's requests (even those that
 * fail at DNS), the socket channel sees any other TCP connection.
 */
const hosts: string[] = [];
const onRequest = (message: unknown) => {
  hosts.push(new URL((message as { request: { origin: string } }).request.origin).hostname);
};
const onSocket = (message: unknown) => {
  const { socket } = message as { socket: Socket };
  socket.once('lookup', (_error: Error | null, _address: string, _family: number, host: string) => hosts.push(host));
  socket.once('connect', () => hosts.push(socket.remoteAddress ?? '?'));
};

const fakes: FakeExchange[] = [];
async function fake(options: Partial<FakeExchangeOptions> = {}): Promise<FakeExchange> {
  const exchange = await startFakeExchange({ candles: book, now, ...options });
  fakes.push(exchange);
  return exchange;
}
function source(exchange: FakeExchange, options: CcxtSourceOptions = {}): CcxtMarketSource {
  return new CcxtMarketSource({ apiUrl: exchange.url, now, retry: noSleep, ...options });
}

beforeAll(() => {
  dc.subscribe('undici:request:create', onRequest);
  dc.subscribe('net.client.socket', onSocket);
});
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
afterAll(() => {
  dc.unsubscribe('undici:request:create', onRequest);
  dc.unsubscribe('net.client.socket', onSocket);
  expect(hosts.length).toBeGreaterThan(0);
  expect(hosts.filter((host) => host !== '127.0.0.1')).toEqual([]);
});

describe('CcxtMarketSource against the fake exchange', () => {
  it('lists the active spot symbols', async () => {
    const exchange = await fake();
    expect(await source(exchange).listSymbols()).toEqual(['BTC/USDT', 'ETH/USDT', 'SOL/USDT']);
    expect(exchange.requests.every((r) => r.startsWith('/api/v3/'))).toBe(true);
  });

  it('returns only closed candles, oldest first, dropping the open one', async () => {
    const exchange = await fake();
    const candles = await source(exchange).fetchClosedCandles('BTC/USDT', '1h', 50);
    expect(candles).toHaveLength(50);
    expect(candles.at(-1)?.time).toBe(NOW - 30 * 60_000 - HOUR); // 11:00, closed at 12:00
    expect(candles).toEqual(btc1h.slice(-51, -1));
    expect(exchange.requests.find((r) => r.startsWith('/api/v3/klines'))).toMatch(/symbol=BTCUSDT.*limit=51|limit=51.*symbol=BTCUSDT/);
  });

  it('keeps all rows when the last candle has closed, and tolerates gaps', async () => {
    const gappy = btc1h.filter((_, i) => i % 7 !== 3);
    const exchange = await fake({ candles: new Map([['BTC/USDT', new Map([['1h', gappy]])]]) });
    const candles = await source(exchange, { now: () => NOW + HOUR }).fetchClosedCandles('BTC/USDT', '1h', 20);
    expect(candles).toEqual(gappy.slice(-20));
  });

  it('rejects an unlisted symbol with suggestions, without asking for candles', async () => {
    const exchange = await fake();
    const error = await source(exchange).fetchClosedCandles('BTX/USDT', '1h', 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownSymbolError);
    expect((error as UnknownSymbolError).suggestions[0]).toBe('BTC/USDT');
    expect(exchange.count('/api/v3/klines')).toBe(0);
  });

  it('maps the exchange\'s "Invalid symbol" (BadSymbol) to UnknownSymbolError without retrying', async () => {
    const exchange = await fake({ symbols: ['BTC/USDT', 'ETH/USDT', 'BTCDOWN/USDT'] }); // listed, no klines
    const error = await source(exchange).fetchClosedCandles('BTCDOWN/USDT', '1h', 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownSymbolError);
    expect(exchange.count('/api/v3/klines')).toBe(1);
  });

  it('loads markets once for many calls, concurrent or not', async () => {
    const exchange = await fake();
    const a = source(exchange);
    const b = source(exchange); // a second source shares the exchange instance
    await Promise.all([
      a.fetchClosedCandles('BTC/USDT', '1h', 10),
      a.fetchClosedCandles('ETH/USDT', '1h', 10),
      b.fetchClosedCandles('SOL/USDT', '4h', 10),
      b.listSymbols(),
    ]);
    await a.fetchClosedCandles('BTC/USDT', '1h', 5);
    expect(exchange.count('/api/v3/exchangeInfo')).toBe(1);
    expect(exchange.count('/api/v3/klines')).toBe(4);
  });

  it('loads markets again after a failed load', async () => {
    const exchange = await fake({ failures: [{ count: 1, kind: 500, path: '/api/v3/exchangeInfo' }] });
    const noRetry = source(exchange, { retry: { ...noSleep, retries: 0 } });
    await expect(noRetry.listSymbols()).rejects.toBeInstanceOf(MarketDataError);
    expect(await noRetry.listSymbols()).toHaveLength(3);
    expect(exchange.count('/api/v3/exchangeInfo')).toBe(2);
  });
});

describe('the market list', () => {
  it('is loaded again after an hour: a new listing appears and a delisted pair goes, and a failed reload keeps the old list for a minute', async () => {
    const exchange = await fake();
    const clock = { now: NOW };
    const markets = source(exchange, { now: () => clock.now });
    expect(await markets.listSymbols()).toEqual(['BTC/USDT', 'ETH/USDT', 'SOL/USDT']);
    exchange.list(['BTC/USDT', 'ETH/USDT', 'PEPE/USDT']);
    clock.now += 30 * 60_000;
    expect(await markets.listSymbols()).toEqual(['BTC/USDT', 'ETH/USDT', 'SOL/USDT']);
    clock.now += 30 * 60_000;
    expect(await markets.listSymbols()).toEqual(['BTC/USDT', 'ETH/USDT', 'PEPE/USDT']);

    exchange.list(['BTC/USDT']);
    exchange.fail({ count: 100, kind: 503 });
    clock.now += 60 * 60_000;
    expect(await markets.listSymbols()).toEqual(['BTC/USDT', 'ETH/USDT', 'PEPE/USDT']);
    exchange.recover();
    expect(await markets.listSymbols()).toEqual(['BTC/USDT', 'ETH/USDT', 'PEPE/USDT']);
    clock.now += 60_000;
    expect(await markets.listSymbols()).toEqual(['BTC/USDT']);
  });
});

describe('CcxtMarketSource retries', () => {
  it('retries 503 answers and then succeeds', async () => {
    const exchange = await fake();
    const delays: number[] = [];
    const src = source(exchange, { retry: { baseDelayMs: 10, sleep: async (ms) => void delays.push(ms) } });
    await src.listSymbols();
    exchange.fail({ count: 2, kind: 503, path: '/api/v3/klines' });
    expect(await src.fetchClosedCandles('ETH/USDT', '1h', 5)).toEqual(eth1h.slice(-6, -1));
    expect(exchange.count('/api/v3/klines')).toBe(3);
    expect(delays).toEqual([10, 20]);
  });

  it('retries a dropped connection', async () => {
    const exchange = await fake({ failures: [{ count: 1, kind: 'destroy', path: '/api/v3/klines' }] });
    expect(await source(exchange).fetchClosedCandles('BTC/USDT', '1h', 3)).toHaveLength(3);
    expect(exchange.count('/api/v3/klines')).toBe(2);
  });

  it('gives up on a permanent 503 with a MarketDataError', async () => {
    const exchange = await fake({ failures: [{ count: 100, kind: 503, path: '/api/v3/klines' }] });
    const src = source(exchange, { retry: { ...noSleep, retries: 2 } });
    const error = await src.fetchClosedCandles('BTC/USDT', '1h', 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketDataError);
    expect((error as Error).message).toMatch(/fetchOHLCV BTC\/USDT 1h failed after 3 attempts/);
    expect(exchange.count('/api/v3/klines')).toBe(3);
  });
});
