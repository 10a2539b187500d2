import { setTimeout as sleep } from 'node:timers/promises';
import { maxPerSecond, startFanout } from '../support/fanout.js';

export interface FanoutTiming {
  /** From the enqueue of the alert to the last message Telegram accepted. */
  fanout_1000_s: number;
  /** Messages per second over that time. */
  fanout_rate_per_s: number;
  /** The most sends in any one second: must stay at or under Telegram's 30. */
  fanout_max_per_s: number;
}

const SUBSCRIBERS = 1000;

/**
 * One alert to 1,000 chats through the real delivery loop, on the real clock and the real 30/s pace,
 * against the Bot API emulator on 127.0.0.1 with a temp SQLite file. Takes about 35 s.
 */
export async function benchFanout(): Promise<FanoutTiming> {
  const fanout = await startFanout({ subscribers: SUBSCRIBERS });
  const stores = fanout.open();
  const worker = fanout.worker(stores);
  try {
    const start = Date.now();
    const { alertId } = stores.outbox.enqueueAlert(
      fanout.alert,
      stores.subscriptions.signalSubscribers(fanout.alert.symbol, fanout.alert.timeframe),
    );
    worker.start();
    while (stores.outbox.counts(alertId).pending > 0) await sleep(20);
    const sends = fanout.sends();
    const seconds = (Math.max(...sends.map((s) => s.at)) - start) / 1000;
    return {
      fanout_1000_s: seconds,
      fanout_rate_per_s: stores.outbox.counts(alertId).sent / seconds,
      fanout_max_per_s: maxPerSecond(sends.map((s) => s.at)),
    };
  } finally {
    await worker.stop();
    stores.db.close();
    await fanout.close();
  }
}
