import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drive, startFanout, type FanoutSetup } from '../support/fanout.js';

const SUBSCRIBERS = 120;

let fanout: FanoutSetup;

beforeAll(async () => {
  fanout = await startFanout({ subscribers: SUBSCRIBERS });
});

afterAll(async () => {
  await fanout?.close();
});

/** Another connection holds the write lock, as a long transaction (a backup, a migration) would. */
function lockWrites(path: string): { release(): void } {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  return {
    release() {
      other.exec('COMMIT');
      other.close();
    },
  };
}

/** Runs `ticks` ticks of the worker, counting those that failed. */
async function tickThroughFaults(worker: { tick(): Promise<number | null> }, ticks: number): Promise<number> {
  let failed = 0;
  for (let k = 0; k < ticks; k++) await worker.tick().catch(() => failed++);
  return failed;
}

describe('the outbox when SQLite fails in the middle of a fan-out', () => {
  it('never sends a message twice while the database is locked, and delivers every one once it is free', async () => {
    const stores = fanout.open();
    // Without a short busy timeout each write would wait 5 s for the lock before failing.
    stores.db.pragma('busy_timeout = 20');
    const { alertId } = stores.outbox.enqueueAlert(fanout.alert, fanout.chatIds);
    const clock = { now: Date.now() };
    const worker = fanout.worker(stores, () => clock.now);
    await drive(worker, clock, () => fanout.sends().length >= 40);

    const lock = lockWrites(fanout.path);
    clock.now += 60_000;
    expect(await tickThroughFaults(worker, 30)).toBe(30);
    // The send under way when the lock came went out once; nothing else was sent while its answer could not be written.
    expect(fanout.sends()).toHaveLength(41);
    lock.release();

    await drive(worker, clock);
    expect(fanout.sends()).toHaveLength(SUBSCRIBERS);
    for (const chatId of fanout.chatIds) expect(fanout.alertsIn(chatId)).toBe(1);
    expect(stores.outbox.counts(alertId)).toEqual({ pending: 0, sent: SUBSCRIBERS, failed: 0, dropped: 0 });
    stores.db.close();
  });

  it('keeps the backoff of a failed send whose failure could not be written', async () => {
    const stores = fanout.open();
    stores.db.pragma('busy_timeout = 20');
    const chat = fanout.chatIds[0]!;
    const next = { ...fanout.alert, candleTime: fanout.alert.candleTime + 3_600_000 };
    const { alertId } = stores.outbox.enqueueAlert(next, [chat]);
    const clock = { now: Date.now() };
    const worker = fanout.worker(stores, () => clock.now);
    fanout.emulator.injectFailure({ method: 'sendMessage', chatIds: [chat], times: 1, error_code: 502, description: 'Bad Gateway' });
    const sendsBefore = fanout.sends().length;

    const lock = lockWrites(fanout.path);
    expect(await tickThroughFaults(worker, 5)).toBe(5);
    lock.release();
    await worker.tick();
    // The failure is on record with its backoff: no second attempt before it, one after.
    expect(stores.outbox.counts(alertId)).toMatchObject({ pending: 1 });
    expect(fanout.sends().length - sendsBefore).toBe(1);
    await worker.tick();
    expect(fanout.sends().length - sendsBefore).toBe(1);
    clock.now += 2_000;
    await drive(worker, clock);
    expect(fanout.sends().length - sendsBefore).toBe(2);
    expect(stores.outbox.counts(alertId)).toEqual({ pending: 0, sent: 1, failed: 0, dropped: 0 });
    stores.db.close();
  });

  it('a fan-out that cannot be written because the disk is full leaves nothing half-queued, and goes out once after', async () => {
    const stores = fanout.open();
    const later = { ...fanout.alert, candleTime: fanout.alert.candleTime + 7_200_000 };
    const pages = stores.db.pragma('page_count', { simple: true }) as number;
    stores.db.pragma(`max_page_count = ${pages}`);
    expect(() => stores.outbox.enqueueAlert(later, fanout.chatIds)).toThrow(/full/);
    expect(stores.db.prepare('SELECT COUNT(*) FROM alerts WHERE candle_time = ?').pluck().get(later.candleTime)).toBe(0);

    stores.db.pragma('max_page_count = 1073741823');
    const { alertId, queued } = stores.outbox.enqueueAlert(later, fanout.chatIds);
    expect(queued).toBe(SUBSCRIBERS);
    const clock = { now: Date.now() };
    await drive(fanout.worker(stores, () => clock.now), clock);
    expect(stores.outbox.counts(alertId)).toEqual({ pending: 0, sent: SUBSCRIBERS, failed: 0, dropped: 0 });
    stores.db.close();
  });
});
