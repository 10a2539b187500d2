import { describe, expect, it } from 'vitest';
import { formatOutboxEvent } from '../../bot/formatOutboxEvent.js';
import { AlertOutbox } from '../../storage/alertOutbox.js';
import { openDatabase } from '../../storage/database.js';
import { OLDER_ALERT_CANDLE as CANDLE, olderDatabase } from '../support/olderDatabase.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

describe('migration 6 on a database whose outbox holds Telegram HTML', () => {
  it('still sends every pending message, word for word, and gives up a row no version can read', () => {
    const { path, db: before, signalId } = olderDatabase(5);
    before.exec(`
      INSERT INTO alerts (id, signal_id, symbol, timeframe, candle_time, html, created_at) VALUES (1, ${signalId}, 'BTC/USDT', '1h', ${CANDLE}, '<b>alert</b>', 0);
      INSERT INTO deliveries (alert_id, chat_id, status, next_attempt_at, created_at) VALUES (1, 8, 'pending', 0, 0);
      INSERT INTO deliveries (alert_id, chat_id, kind, html, reply_to_message_id, next_attempt_at, created_at)
        VALUES (1, 7, 'outcome', '✅ <b>TP1</b>', 555, 1, 0);`);
    before.close();

    const after = openDatabase(path);
    const outbox = new AlertOutbox(after, () => 2);
    const texts = [];
    for (let next = outbox.nextDue(2); next; next = outbox.nextDue(2)) {
      texts.push(formatOutboxEvent(next.event, langFor('en')));
      outbox.markSent(next.id, 1000 + texts.length);
    }
    expect(texts).toEqual(['<b>alert</b>', '✅ <b>TP1</b>']);

    after.prepare("INSERT INTO deliveries (alert_id, chat_id, status, next_attempt_at, created_at) VALUES (1, 9, 'pending', 0, 0)").run();
    after.prepare("UPDATE alerts SET event = '{\"kind\":\"fromTheFuture\"}'").run();
    expect(outbox.nextDue(2)).toBeUndefined();
    expect(after.prepare('SELECT status, last_error AS lastError FROM deliveries WHERE chat_id = 9').get()).toEqual({
      status: 'failed',
      lastError: expect.stringMatching(/no event this version knows/),
    });
    after.close();
  });
});
