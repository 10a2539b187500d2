import { describe, expect, it } from 'vitest';
import { ccxt } from '../../market/ccxtLibrary.js';
import { MarketDataError, UnknownSymbolError } from '../../market/errors.js';
import { backoffDelay, MAX_RATE_LIMIT_PAUSE_MS, parseRetryAfter, RATE_LIMIT_PAUSE_MS, withRetry } from '../../market/retry.js';

// The classes the market layer's ccxt throws: its CommonJS build, not the ES module an import would give.
const { BadSymbol, DDoSProtection, ExchangeError, ExchangeNotAvailable, NetworkError, RateLimitExceeded, RequestTimeout } = ccxt();

function recorder() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

/** A function that throws the given errors in turn, then returns 'ok'. */
function flaky(...errors: Error[]) {
  let calls = 0;
  const fn = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'ok';
  };
  return { fn, calls: () => calls };
}

describe('withRetry', () => {
  it.each([
    ['NetworkError', new NetworkError('down')],
    ['RequestTimeout', new RequestTimeout('slow')],
    ['ExchangeNotAvailable', new ExchangeNotAvailable('503')],
  ])('retries %s with exponential backoff', async (_name, error) => {
    const { delays, sleep } = recorder();
    const call = flaky(error, error, error);
    await expect(withRetry(call.fn, { action: 'test' }, { sleep, baseDelayMs: 100 })).resolves.toBe('ok');
    expect(call.calls()).toBe(4);
    expect(delays).toEqual([100, 200, 400]);
  });

  it.each([
    ['RateLimitExceeded (429)', new RateLimitExceeded('429')],
    ['DDoSProtection (418)', new DDoSProtection('418')],
  ])('waits out a %s longer than a network error, once, before one retry', async (_name, error) => {
    const { delays, sleep } = recorder();
    const call = flaky(error);
    await expect(withRetry(call.fn, { action: 'test' }, { sleep, baseDelayMs: 100 })).resolves.toBe('ok');
    expect(delays).toEqual([RATE_LIMIT_PAUSE_MS]);
  });

  it("honours the exchange's Retry-After when it is longer, up to a bound that keeps a user's wait short", async () => {
    for (const [retryAfterMs, waited] of [[3_000, 3_000], [60_000, MAX_RATE_LIMIT_PAUSE_MS], [500, RATE_LIMIT_PAUSE_MS], [undefined, RATE_LIMIT_PAUSE_MS]] as const) {
      const { delays, sleep } = recorder();
      await withRetry(flaky(new RateLimitExceeded('429')).fn, { action: 'test' }, { sleep, retryAfterMs: () => retryAfterMs });
      expect(delays).toEqual([waited]);
    }
  });

  it('gives up on a second rate-limit answer rather than hammer an exchange that asked to slow down', async () => {
    const { delays, sleep } = recorder();
    const call = flaky(new NetworkError('down'), new RateLimitExceeded('429'), new NetworkError('down'), new RateLimitExceeded('429'));
    const error = await withRetry(call.fn, { action: 'test' }, { sleep, baseDelayMs: 100, retries: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketDataError);
    expect(call.calls()).toBe(4);
    expect(delays).toEqual([100, RATE_LIMIT_PAUSE_MS, 400]);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('tells of each rate-limit answer, RateLimitExceeded or DDoSProtection, including the last one it gives up on', async () => {
    const { sleep } = recorder();
    let rateLimited = 0;
    const onRateLimited = () => void rateLimited++;
    const call = flaky(new RateLimitExceeded('429'), new NetworkError('down'), new DDoSProtection('418'));
    await expect(withRetry(call.fn, { action: 'test' }, { sleep, retries: 1, onRateLimited })).rejects.toBeInstanceOf(MarketDataError);
    expect(rateLimited).toBe(1);
    await expect(withRetry(call.fn, { action: 'test' }, { sleep, retries: 0, onRateLimited })).rejects.toBeInstanceOf(MarketDataError);
    expect(rateLimited).toBe(2);
  });

  it('gives up after the configured retries with a MarketDataError carrying the cause', async () => {
    const { delays, sleep } = recorder();
    const cause = new ExchangeNotAvailable('503');
    const call = flaky(cause, cause, cause, cause);
    const error = await withRetry(call.fn, { action: 'fetch BTC' }, { sleep, retries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketDataError);
    expect((error as MarketDataError).message).toMatch(/fetch BTC failed after 3 attempts/);
    expect((error as MarketDataError).cause).toBe(cause);
    expect(call.calls()).toBe(3);
    expect(delays).toHaveLength(2);
  });

  it('does not retry BadSymbol and turns it into UnknownSymbolError with suggestions', async () => {
    const { delays, sleep } = recorder();
    const call = flaky(new BadSymbol('binance {"code":-1121}'));
    const context = { action: 'fetch', symbol: 'BTX/USDT', suggest: () => ['BTC/USDT'] };
    const error = await withRetry(call.fn, context, { sleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownSymbolError);
    expect((error as UnknownSymbolError).suggestions).toEqual(['BTC/USDT']);
    expect(call.calls()).toBe(1);
    expect(delays).toEqual([]);
  });

  it.each([
    ['ExchangeError', new ExchangeError('nope')],
    ['a plain Error', new Error('bug')],
  ])('does not retry %s and wraps it as MarketDataError', async (_name, cause) => {
    const { sleep } = recorder();
    const call = flaky(cause);
    const error = await withRetry(call.fn, { action: 'fetch' }, { sleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketDataError);
    expect((error as MarketDataError).cause).toBe(cause);
    expect(call.calls()).toBe(1);
  });

  it('caps the backoff delay', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 500, 8_000))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});
