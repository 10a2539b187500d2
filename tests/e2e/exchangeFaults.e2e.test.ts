import { describe, expect, it } from 'vitest';
import { MARKET_NOW, TEST_PAIRS } from '../support/syntheticMarket.js';
import type { InjectedFailure } from '../support/fakeExchange.js';
import { startTelegram } from '../support/telegramHarness.js';

/**
 * The exchange fails the candle requests of one pair, then of every pair: 500, 429 with Retry-After, a
 * request that hangs past ccxt's timeout, JSON cut off mid-way, an empty candle list. Each case runs on a
 * fresh app, so no candle cached before the fault can hide it. A user's /predict gets a clear answer, a
 * sweep goes on for the other pairs and names the failing ones, and once the fault ends the same calls work.
 */
const PAIRS = Object.keys(TEST_PAIRS);
const FAILING = 'ETH/USDT';
const CHAT = 700;
/** Short, so a hanging request is given up quickly (with the product's retries and backoff). */
const TIMEOUT_MS = 300;
const UNAVAILABLE = 'Market data is unavailable right now. Please try again in a minute.';
const NO_CANDLES =
  "The exchange's ETH/USDT 1h candles look wrong right now (it sent no closed candle), so there is no signal from them. Please try again in a few minutes.";

const FAULTS: Array<{ fault: string; kind: InjectedFailure['kind']; retryAfterSeconds?: number; answer: string }> = [
  { fault: 'HTTP 500', kind: 500, answer: UNAVAILABLE },
  { fault: 'HTTP 429 with Retry-After', kind: 429, retryAfterSeconds: 1, answer: UNAVAILABLE },
  { fault: 'a request that hangs past the timeout', kind: 'hang', answer: UNAVAILABLE },
  // ccxt reads a body that is not JSON as no rows, so the user hears what an empty list gets.
  { fault: 'malformed JSON', kind: 'malformed', answer: NO_CANDLES },
  { fault: 'an empty candle list', kind: 'empty', answer: NO_CANDLES },
];

describe.each(FAULTS)('the exchange answers candle requests with $fault', ({ kind, retryAfterSeconds, answer }) => {
  it.each([
    ['for one pair', FAILING, [FAILING]],
    ['for every pair', undefined, PAIRS],
  ] as const)('%s: /predict says so, the sweep goes on and names the failing pairs, and all works once it ends', async (_scope, symbol, failing) => {
    const telegram = await startTelegram({ app: { exchangeTimeoutMs: TIMEOUT_MS } });
    try {
      const { testApp, replyText } = telegram;
      testApp.app.subscriptions.subscribe(CHAT, PAIRS.map((s) => ({ symbol: s, timeframe: '1h' })), 50);
      testApp.exchange.fail({ count: Infinity, kind, retryAfterSeconds, path: '/api/v3/klines', ...(symbol ? { symbol } : {}) });

      const [predicted, swept] = await Promise.all([replyText(CHAT, '/predict eth 1h'), testApp.app.jobs.sweep('1h', MARKET_NOW)]);
      expect(predicted).toEqual(answer);
      expect(swept.pairs).toBe(PAIRS.length);
      expect(swept.failures.map((f) => f.symbol).sort()).toEqual([...failing].sort());

      testApp.exchange.recover();
      expect(await replyText(CHAT, '/predict eth 1h')).toContain('ETH/USDT · 1h');
      expect((await testApp.app.jobs.sweep('1h', MARKET_NOW)).failures).toEqual([]);
    } finally {
      await telegram.close();
    }
  });
});
