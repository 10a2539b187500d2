import { describe, expect, it } from 'vitest';
import { AlertOutbox, type NewAlert } from '../../storage/alertOutbox.js';
import { openDatabase } from '../../storage/database.js';
import { SignalsRepository } from '../../storage/signalsRepository.js';
import { samplePrediction } from '../support/samplePrediction.js';

const CANDLE = 1_700_000_000_000;

function setUp() {
  const db = openDatabase(':memory:');
  const signalId = new SignalsRepository(db).record({
    origin: 'alert', symbol: 'BTC/USDT', timeframe: '1h', candleTime: CANDLE, modelVersion: 'm1',
    direction: 'LONG', confidence: 0.7, pLong: 0.7, pNoTrade: 0.2, pShort: 0.1, entry: 43_000, atr: 250,
    stopLoss: 42_500, tp1: 43_500, tp2: 44_000, tp3: 44_500, tpEtaMinutes: 180, validUntil: CANDLE + 7_200_000,
  });
  const alert: NewAlert = { signalId, symbol: 'BTC/USDT', timeframe: '1h', candleTime: CANDLE,
    event: { kind: 'alert', prediction: samplePrediction({ candleTime: CANDLE }) },
  };
  return { db, alert, outbox: new AlertOutbox(db, () => 5_000) };
}

describe('the alert outbox', () => {
  it('queues one delivery per chat, and a second enqueue of the same candle adds nothing', () => {
    const { outbox, alert } = setUp();
    const first = outbox.enqueueAlert(alert, [1, 2, 3, 3]);
    expect(first).toMatchObject({ created: true, queued: 3 });
    expect(outbox.enqueueAlert({ ...alert, event: { kind: 'alert', prediction: samplePrediction({ confidence: 0.9 }) } }, [1, 2, 3])).toEqual({ alertId: first.alertId, created: false, queued: 0 });
    expect(outbox.counts(first.alertId)).toEqual({ pending: 3, sent: 0, failed: 0, dropped: 0 });
    expect(outbox.nextDue(5_000)).toMatchObject({ chatId: 1, event: alert.event, attempts: 0 });
  });

  it('writes the alert and its deliveries together or not at all', () => {
    const { outbox, alert } = setUp();
    expect(() => outbox.enqueueAlert({ ...alert, signalId: 999 }, [1, 2])).toThrow(/FOREIGN KEY/);
    expect(outbox.counts()).toEqual({ pending: 0, sent: 0, failed: 0, dropped: 0 });
    expect(outbox.nextAttemptAt()).toBeUndefined();
  });

  it('hands out due deliveries in order, holds back retries until their time, and records each outcome', () => {
    const { outbox, alert } = setUp();
    const { alertId } = outbox.enqueueAlert(alert, [1, 2, 3, 4]);
    const first = outbox.nextDue(5_000)!;
    outbox.markSent(first.id, 77);
    const second = outbox.nextDue(5_000)!;
    outbox.recordFailure(second.id, '502 Bad Gateway', 9_000);
    expect(outbox.nextDue(5_000)?.chatId).toBe(3);
    outbox.recordFailure(outbox.nextDue(5_000)!.id, '400 Bad Request: can\'t parse entities', null);
    expect(outbox.dropChat(4, '403 Forbidden: bot was blocked by the user')).toBe(1);
    expect(outbox.nextDue(5_000)).toBeUndefined();
    expect(outbox.nextAttemptAt()).toBe(9_000);
    expect(outbox.nextDue(9_000)).toMatchObject({ chatId: 2, attempts: 1 });
    expect(outbox.counts(alertId)).toEqual({ pending: 1, sent: 1, failed: 1, dropped: 1 });
  });
});
