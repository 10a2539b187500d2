import { describe, expect, it } from 'vitest';
import { tally } from '../../inference/performance.js';
import { AlertOutbox } from '../../storage/alertOutbox.js';
import { DailyDigests } from '../../storage/dailyDigests.js';
import { openDatabase } from '../../storage/database.js';
import type { DigestEvent } from '../../storage/outboxEvents.js';
import { OLDER_ALERT_CANDLE as CANDLE, olderDatabase } from '../support/olderDatabase.js';

const DIGEST_AT = Date.UTC(2026, 10, 21, 8);

function digest(digestAt: number): DigestEvent {
  return { kind: 'digest', digestAt, alerts: [], outcomes: tally([]) };
}

describe('migration 4 on a database with alerts and outcome replies', () => {
  it('keeps every delivery, and queues a digest once per chat and moment next to them', () => {
    const { path, db: before, signalId } = olderDatabase(3);
    // As the version-3 outbox wrote them: the alert, sent to chat 7 and pending for chat 8, and chat 7's outcome reply.
    before.exec(`
      INSERT INTO alerts (id, signal_id, symbol, timeframe, candle_time, html, created_at) VALUES (1, ${signalId}, 'BTC/USDT', '1h', ${CANDLE}, 'alert', 0);
      INSERT INTO deliveries (alert_id, chat_id, status, next_attempt_at, message_id, created_at) VALUES (1, 7, 'sent', 0, 555, 0);
      INSERT INTO deliveries (alert_id, chat_id, status, next_attempt_at, created_at) VALUES (1, 8, 'pending', 0, 0);
      INSERT INTO deliveries (alert_id, chat_id, kind, html, reply_to_message_id, next_attempt_at, created_at)
        VALUES (1, 7, 'outcome', 'outcome', 555, 0, 0);`);
    before.close();

    const after = openDatabase(path);
    const rows = () =>
      after.prepare('SELECT chat_id AS chatId, kind, status, reply_to_message_id AS replyTo FROM deliveries ORDER BY id').all();
    expect(rows()).toEqual([
      { chatId: 7, kind: 'alert', status: 'sent', replyTo: null },
      { chatId: 8, kind: 'alert', status: 'pending', replyTo: null },
      { chatId: 7, kind: 'outcome', status: 'pending', replyTo: 555 },
    ]);
    const digests = new DailyDigests(after, () => 1);
    expect(digests.enqueue(7, digest(DIGEST_AT))).toBe(true);
    expect(digests.enqueue(7, digest(DIGEST_AT))).toBe(false);
    expect(digests.enqueue(7, digest(DIGEST_AT + 86_400_000))).toBe(true);
    // The worker hands out the digest like any delivery, with its own event and no alert behind it.
    const due = [];
    const outbox = new AlertOutbox(after, () => 1);
    for (let next = outbox.nextDue(1); next; next = outbox.nextDue(1)) {
      due.push({ alertId: next.alertId, chatId: next.chatId, event: next.event });
      outbox.markSent(next.id, 1000 + due.length);
    }
    expect(due).toEqual([
      { alertId: 1, chatId: 8, event: { kind: 'legacyHtml', html: 'alert' } },
      { alertId: 1, chatId: 7, event: { kind: 'legacyHtml', html: 'outcome' } },
      { alertId: null, chatId: 7, event: digest(DIGEST_AT) },
      { alertId: null, chatId: 7, event: digest(DIGEST_AT + 86_400_000) },
    ]);
    after.close();
  });
});
