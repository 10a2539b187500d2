import pino from 'pino';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DeliveryWorker, deliveryApi } from '../../bot/delivery/deliveryWorker.js';
import { drive } from '../support/fanout.js';
import { sampleValue } from '../support/promText.js';
import { MARKET_NOW, TEST_PAIRS } from '../support/syntheticMarket.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const ADMIN = 970;
const USER = 971;
const SUBSCRIBER = 972;
const REQUESTS = 'signals_request_duration_seconds_count';

/** The app's, the exchange's and the delivery worker's clock. */
const clock = { now: MARKET_NOW };
const { testApp, emulator, token, ask, replyText } = useTelegram({
  // A threshold low enough that the 1h sweep alerts on some pairs, as in sweep.e2e.test.ts.
  app: { adminUserIds: [ADMIN], alertMinConfidence: 0.36, now: () => clock.now },
  runner: { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } },
});
let worker: DeliveryWorker;

beforeAll(() => {
  const { outbox, subscriptions, metrics } = testApp.app;
  worker = new DeliveryWorker({ outbox, subscriptions, api: deliveryApi(token, emulator.apiRoot), metrics, log: pino({ level: 'silent' }), now: () => clock.now });
});

const scrape = () => testApp.app.metrics.text();
const value = async (name: string, labels: Record<string, string> = {}) => sampleValue(await scrape(), name, labels);

/** The bot records an update's time once its handler is done, a moment after the reply reached Telegram. */
const requestsRecorded = (count: number) =>
  vi.waitFor(async () => expect(await value(REQUESTS, { door: 'telegram' })).toBe(count), { timeout: WAIT_MS });

describe('metrics of the running bot', () => {
  it('an operator scrapes before anything happened and finds each series, the counters at zero, and the process metrics', async () => {
    const text = await scrape();
    for (const series of ['request_duration_seconds', 'model_call_duration_seconds', 'sweep_duration_seconds', 'sweep_failures_total', 'outbox_pending', 'deliveries_total', 'rate_limited_total', 'candle_cache_requests_total']) {
      expect(text).toContain(`# HELP signals_${series} `);
    }
    expect(sampleValue(text, 'signals_sweep_failures_total', { timeframe: '1h', scope: 'pair' })).toBe(0);
    expect(sampleValue(text, 'signals_deliveries_total', { result: 'sent' })).toBe(0);
    expect(sampleValue(text, 'signals_rate_limited_total', { source: 'telegram' })).toBe(0);
    expect(sampleValue(text, 'signals_outbox_pending')).toBe(0);
    expect(sampleValue(text, 'signals_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(text, 'signals_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it("a user's commands, a chat message and a button press are timed by command, and their model calls and candle lookups counted", async () => {
    const [summary] = await ask(USER, '/predict btc');
    expect(summary?.plainText).toContain('BTC/USDT · all timeframes');
    await ask(USER, '/start', 2);
    await ask(USER, 'hello there', 3);
    await ask(USER, '/nosuchcommand', 4);
    // A command for another bot in the chat is not ours to count as /predict.
    await ask(USER, '/predict@some_other_bot btc', 5);
    const press = emulator.userPresses(USER, summary!.message_id, 'p:BTC/USDT:1h');
    await emulator.waitForCallbackAnswer(press.callback_query?.id ?? '', WAIT_MS);
    await requestsRecorded(6);

    const text = await scrape();
    const requests = (route: string) => sampleValue(text, REQUESTS, { door: 'telegram', route });
    expect([requests('/predict'), requests('/start'), requests('other'), requests('button')]).toEqual([1, 1, 3, 1]);
    expect(sampleValue(text, 'signals_request_duration_seconds_bucket', { door: 'telegram', route: '/predict', le: '+Inf' })).toBe(1);
    // /predict BTC ran a model call on every timeframe, the button one more on 1h.
    expect(sampleValue(text, 'signals_model_call_duration_seconds_count', { timeframe: '1h' })).toBe(2);
    expect(sampleValue(text, 'signals_model_call_duration_seconds_count', { timeframe: '1d' })).toBe(1);
    expect(sampleValue(text, 'signals_model_call_duration_seconds_sum', { timeframe: '1d' })).toBeGreaterThan(0);
    // The first candle request of each timeframe went to the exchange; the button's came from the cache.
    expect(sampleValue(text, 'signals_candle_cache_requests_total', { result: 'miss' })).toBeGreaterThanOrEqual(4);
    expect(sampleValue(text, 'signals_candle_cache_requests_total', { result: 'hit' })).toBeGreaterThan(0);
  });

  it('a user reads /health, and its answer times are the ones the registry holds', async () => {
    const times = await testApp.app.metrics.requestTimes('telegram');
    expect(times?.count).toBe(6);
    const text = await replyText(USER, '/health', (m) => m.plainText.startsWith('Health'));
    expect(text).toContain(`\nAnswer times: p50 ≈ ${Math.round(times!.p50Ms)} ms · p95 ≈ ${Math.round(times!.p95Ms)} ms over 6 updates since start`);
    await requestsRecorded(7);
    expect(await value(REQUESTS, { door: 'telegram', route: '/health' })).toBe(1);
  });

  it('an admin sweeps, an alert reaches a subscriber through a 429, and the operator sees the sweep, the outbox and each delivery', async () => {
    const pairs = Object.keys(TEST_PAIRS).map((p) => p.split('/')[0]);
    expect(await replyText(SUBSCRIBER, `/subscribe ${pairs.join(' ')} 1h`)).toContain('BTC/USDT');
    const sweep = await replyText(ADMIN, '/sweep 1h');
    const alerts = Number(new RegExp(`\\n1h: ${pairs.length} pairs · (\\d+) new alerts · 0 failed\\n`).exec(sweep)?.[1]);
    expect(alerts).toBeGreaterThan(0);
    await requestsRecorded(9);
    expect(await value(REQUESTS, { door: 'telegram', route: '/sweep' })).toBe(1);
    expect(await value('signals_sweep_duration_seconds_count', { timeframe: '1h' })).toBe(1);
    expect(await value('signals_sweep_failures_total', { timeframe: '1h' })).toBe(0);
    expect(await value('signals_outbox_pending')).toBe(alerts);

    emulator.injectFailure({ method: 'sendMessage', chatIds: [SUBSCRIBER], times: 1, error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    await drive(worker, clock);
    const text = await scrape();
    expect(sampleValue(text, 'signals_deliveries_total', { result: 'sent' })).toBe(alerts);
    expect(sampleValue(text, 'signals_deliveries_total', { result: 'retry' })).toBe(1);
    expect(sampleValue(text, 'signals_deliveries_total', { result: 'failed' })).toBe(0);
    expect(sampleValue(text, 'signals_rate_limited_total', { source: 'telegram' })).toBe(1);
    expect(sampleValue(text, 'signals_outbox_pending')).toBe(0);
  });

  it("Telegram answers a bot reply with 429; the reply still arrives and the 429 is counted", async () => {
    emulator.injectFailure({ method: 'sendMessage', chatIds: [USER], times: 1, error_code: 429, description: 'Too Many Requests: retry after 0', retry_after: 0 });
    expect(await replyText(USER, '/help')).toContain('/predict SYMBOL [timeframe]');
    expect(await value('signals_rate_limited_total', { source: 'telegram' })).toBe(2);
  });

  it('the exchange answers a candle request with 429; the market layer retries it and the operator sees it counted', async () => {
    // BCH's 4h candles are not cached yet (the market context, BTC and ETH, is), so one request reaches the exchange.
    testApp.exchange.fail({ count: 1, kind: 429, path: '/api/v3/klines' });
    expect(await replyText(USER, '/predict bch 4h', (m) => m.plainText.includes('BCH/USDT · 4h'))).toContain('BCH/USDT · 4h');
    expect(await value('signals_rate_limited_total', { source: 'exchange' })).toBe(1);
  });

  it('a sweep whose every pair fails counts each pair and the sweep as a whole, on its timeframe only', async () => {
    // Pairs whose 15m candles nothing has fetched yet, so they are not in the cache and must reach the exchange.
    expect(await replyText(SUBSCRIBER, '/subscribe BCH SHIB 15m')).toContain('SHIB/USDT');
    testApp.exchange.fail({ count: Infinity, kind: 422, path: '/api/v3/klines' });
    try {
      expect((await replyText(ADMIN, '/sweep 15m')).split('\n')[1]).toBe('15m: 2 pairs · 0 new alerts · 2 failed');
    } finally {
      testApp.exchange.recover();
    }
    const text = await scrape();
    expect(sampleValue(text, 'signals_sweep_failures_total', { timeframe: '15m', scope: 'pair' })).toBe(2);
    expect(sampleValue(text, 'signals_sweep_failures_total', { timeframe: '15m', scope: 'sweep' })).toBe(1);
    expect(sampleValue(text, 'signals_sweep_failures_total', { timeframe: '1h' })).toBe(0);
    expect(sampleValue(text, 'signals_sweep_duration_seconds_count')).toBe(2);
  });
});
