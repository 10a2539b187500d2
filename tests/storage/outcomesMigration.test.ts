import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/database.js';
import { OutcomeReplies } from '../../storage/outcomeReplies.js';
import type { OutcomeEvent } from '../../storage/outboxEvents.js';
import { OLDER_ALERT_CANDLE as CANDLE, olderDatabase } from '../support/olderDatabase.js';

describe('migration 3 on a database that already sent alerts', () => {
  it('keeps every delivery and lets an outcome be threaded under a sent alert', () => {
    const { path, db: before, signalId } = olderDatabase(2);
    // As the version-2 outbox wrote them: the alert, sent to chat 7 and still pending for chat 8.
    before.exec(`
      INSERT INTO alerts (id, signal_id, symbol, timeframe, candle_time, html, created_at) VALUES (1, ${signalId}, 'BTC/USDT', '1h', ${CANDLE}, 'alert', 0);
      INSERT INTO deliveries (alert_id, chat_id, status, next_attempt_at, message_id, created_at) VALUES (1, 7, 'sent', 0, 555, 0);
      INSERT INTO deliveries (alert_id, chat_id, status, next_attempt_at, created_at) VALUES (1, 8, 'pending', 0, 0);`);
    before.close();

    const after = openDatabase(path);
    const rows = () =>
      after.prepare('SELECT chat_id AS chatId, kind, status, message_id AS messageId, reply_to_message_id AS replyTo FROM deliveries ORDER BY id').all();
    expect(rows()).toEqual([
      { chatId: 7, kind: 'alert', status: 'sent', messageId: 555, replyTo: null },
      { chatId: 8, kind: 'alert', status: 'pending', messageId: null, replyTo: null },
    ]);
    // Chat 7 got the alert and follows the pair; chat 8 has not received it yet, so it gets no outcome.
    const outcome: OutcomeEvent = {
      kind: 'outcome',
      signal: { symbol: 'BTC/USDT', timeframe: '1h', direction: 'LONG' },
      trade: { result: 'win', outcome: 'TP1', hit: true, exit: 'tp1', exitPrice: 102, exitTime: CANDLE + 3_600_000, candlesWalked: 1, netReturn: 0.018 },
    };
    expect(new OutcomeReplies(after).enqueue(signalId, outcome)).toBe(1);
    expect(new OutcomeReplies(after).enqueue(signalId, outcome)).toBe(0);
    expect(rows()).toContainEqual({ chatId: 7, kind: 'outcome', status: 'pending', messageId: null, replyTo: 555 });
    after.close();
  });
});
