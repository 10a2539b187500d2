import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drive, startFanout, type FanoutSetup } from '../support/fanout.js';

const SUBSCRIBERS = 60;
const SENT_BEFORE_KILL = 20;

let fanout: FanoutSetup;

beforeAll(async () => {
  fanout = await startFanout({ subscribers: SUBSCRIBERS });
});

afterAll(async () => {
  await fanout?.close();
});

describe('a process killed in the middle of a fan-out', () => {
  it('delivers the rest exactly once after a restart, and a second enqueue of the alert adds nothing', async () => {
    const { chatIds, alert } = fanout;
    const first = fanout.open();
    const { alertId } = first.outbox.enqueueAlert(alert, first.subscriptions.signalSubscribers(alert.symbol, alert.timeframe));
    // The first process sends part of the fan-out and dies: its worker and connection are simply abandoned.
    const clock = { now: Date.now() };
    await drive(fanout.worker(first, () => clock.now), clock, () => fanout.sends().length >= SENT_BEFORE_KILL);
    expect(first.outbox.counts(alertId)).toMatchObject({ sent: SENT_BEFORE_KILL, pending: SUBSCRIBERS - SENT_BEFORE_KILL });

    // The restarted process opens the same file, and the sweep of the same candle runs again. Its worker
    // runs the production loop on the real clock.
    const second = fanout.open();
    expect(second.outbox.enqueueAlert(alert, chatIds)).toEqual({ alertId, created: false, queued: 0 });
    const worker = fanout.worker(second);
    worker.start();
    try {
      await vi.waitFor(() => expect(second.outbox.counts(alertId).pending).toBe(0), { timeout: 10_000, interval: 50 });
    } finally {
      await worker.stop();
    }

    for (const chatId of chatIds) expect(fanout.alertsIn(chatId)).toBe(1);
    expect(fanout.sends()).toHaveLength(SUBSCRIBERS);
    expect(second.outbox.counts(alertId)).toEqual({ pending: 0, sent: SUBSCRIBERS, failed: 0, dropped: 0 });
    second.db.close();
    first.db.close();
  });
});
