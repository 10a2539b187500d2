import { describe, expect, it } from 'vitest';
import { AlertOutbox } from '../../storage/alertOutbox.js';
import { DailyDigests } from '../../storage/dailyDigests.js';
import { openDatabase } from '../../storage/database.js';
import { OutcomeReplies } from '../../storage/outcomeReplies.js';
import { OLDER_ALERT_CANDLE as CANDLE, olderDatabase } from '../support/olderDatabase.js';

const DIGEST_AT = Date.UTC(2026, 10, 21, 8);

describe('migration 4 on a database with alerts and outcome replies', () => {
  it('keeps every delivery, and queues a digest once per chat and moment next to them', () => {
    const { path, db: before, signalId } = olderDatabase(3);
    const outbox = new AlertOutbox(before, () => 0);
    outbox.enqueueAlert({ signalId, symbol: 'BTC/USDT', timeframe: '1h', candleTime: CANDLE, html: 'alert' }, [7, 8]);
    outbox.markSent(outbox.nextDue(0)!.id, 555);
    new OutcomeReplies(before, () => 0).enqueue(signalId, 'outcome');
    before.close();

    const after = openDatabase(path);
    const rows = () =>
      after.prepare('SELECT chat_id AS chatId, kind, status, html, reply_to_message_id AS replyTo FROM deliveries ORDER BY id').all();
    expect(rows()).toEqual([
      { chatId: 7, kind: 'alert', status: 'sent', html: null, replyTo: null },
      { chatId: 8, kind: 'alert', status: 'pending', html: null, replyTo: null },
      { chatId: 7, kind: 'outcome', status: 'pending', html: 'outcome', replyTo: 555 },
    ]);
    const digests = new DailyDigests(after, () => 1);
    expect(digests.enqueue(7, DIGEST_AT, 'digest')).toBe(true);
    expect(digests.enqueue(7, DIGEST_AT, 'digest again')).toBe(false);
    expect(digests.enqueue(7, DIGEST_AT + 86_400_000, 'next day')).toBe(true);
    // The worker hands out the digest like any delivery, with its own text and no alert behind it.
    const due = [];
    const outboxAfter = new AlertOutbox(after, () => 1);
    for (let next = outboxAfter.nextDue(1); next; next = outboxAfter.nextDue(1)) {
      due.push({ alertId: next.alertId, chatId: next.chatId, html: next.html });
      outboxAfter.markSent(next.id, 1000 + due.length);
    }
    expect(due).toEqual([
      { alertId: 1, chatId: 8, html: 'alert' },
      { alertId: 1, chatId: 7, html: 'outcome' },
      { alertId: null, chatId: 7, html: 'digest' },
      { alertId: null, chatId: 7, html: 'next day' },
    ]);
    after.close();
  });
});
