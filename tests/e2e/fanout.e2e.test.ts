import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SENDS_PER_SECOND } from '../../bot/delivery/deliveryWorker.js';
import { drive, maxPerSecond, startFanout, type FanoutSetup, type Stores } from '../support/fanout.js';
import { sampleValue } from '../support/promText.js';

/** Telegram's clock for this test: the worker's pace and the emulator's timestamps both read it. */
const clock = { now: Date.UTC(2026, 10, 20, 12, 0, 5) };
const RETRY_AFTER_S = 3;

let fanout: FanoutSetup;
let stores: Stores;

beforeAll(async () => {
  fanout = await startFanout({ subscribers: 1000, now: () => clock.now });
  stores = fanout.open();
});

afterAll(async () => {
  stores?.db.close();
  await fanout?.close();
});

describe('fan-out of one alert to 1,000 subscribers', () => {
  it('every chat that has not blocked the bot gets it exactly once, within the pace, through 429s and 5xx', async () => {
    const { emulator, chatIds, alert } = fanout;
    const blocked = chatIds.filter((_, k) => k % 20 === 7);
    const flaky = chatIds[3]!;
    emulator.injectFailure({ method: 'sendMessage', chatIds: blocked, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    emulator.injectFailure({ method: 'sendMessage', chatIds: [flaky], times: 2, error_code: 502, description: 'Bad Gateway' });

    const started = clock.now;
    const recipients = stores.subscriptions.signalSubscribers(alert.symbol, alert.timeframe);
    const { alertId, queued } = stores.outbox.enqueueAlert(alert, recipients);
    expect(queued).toBe(1000);
    let burst = false;
    await drive(fanout.worker(stores), clock, () => {
      // Part-way through, Telegram answers a burst of sends with 429.
      if (!burst && fanout.sends().length >= 300) {
        emulator.injectFailure({ method: 'sendMessage', times: 3, error_code: 429, description: `Too Many Requests: retry after ${RETRY_AFTER_S}`, retry_after: RETRY_AFTER_S });
        burst = true;
      }
      return false;
    });

    for (const chatId of chatIds) expect(fanout.alertsIn(chatId)).toBe(blocked.includes(chatId) ? 0 : 1);
    expect(stores.outbox.counts(alertId)).toEqual({ pending: 0, sent: 950, failed: 0, dropped: 50 });
    for (const chatId of blocked) expect(stores.subscriptions.list(chatId)).toEqual([]);
    expect(stores.subscriptions.signalSubscribers(alert.symbol, alert.timeframe)).toHaveLength(950);

    const sends = fanout.sends();
    expect(maxPerSecond(sends.map((s) => s.at))).toBeLessThanOrEqual(SENDS_PER_SECOND);
    const limited = sends.flatMap((s, k) => (s.status === 429 ? [k] : []));
    expect(limited).toHaveLength(3);
    for (const k of limited) {
      // Nothing goes out while Telegram asked to wait, then the same message is tried again.
      expect(sends[k + 1]!.at - sends[k]!.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
      expect(sends[k + 1]!.chatId).toBe(sends[k]!.chatId);
    }
    expect(sends.filter((s) => s.chatId === flaky).map((s) => s.status)).toEqual([502, 502, 200]);
    // The operator's view of the same run: each attempt's result, and the 429s.
    const metrics = await fanout.metrics.text();
    const deliveries = (result: string) => sampleValue(metrics, 'signals_deliveries_total', { result });
    expect(['sent', 'retry', 'failed', 'dropped'].map(deliveries)).toEqual([950, 3 + 2, 0, 50]);
    expect(sampleValue(metrics, 'signals_rate_limited_total', { source: 'telegram' })).toBe(3);
    // 1,005 calls at 30/s, plus three 3 s pauses.
    const seconds = (clock.now - started) / 1000;
    expect(seconds).toBeGreaterThan(1005 / SENDS_PER_SECOND + 3 * RETRY_AFTER_S - 1);
    expect(seconds).toBeLessThan(1005 / SENDS_PER_SECOND + 3 * RETRY_AFTER_S + 5);
  });

  it('a second sweep of the same candle queues and sends nothing', async () => {
    const callsBefore = fanout.sends().length;
    const again = stores.outbox.enqueueAlert(fanout.alert, fanout.chatIds);
    expect(again).toMatchObject({ created: false, queued: 0 });
    expect(await fanout.worker(stores).tick()).toBeNull();
    expect(fanout.sends()).toHaveLength(callsBefore);
  });
});
