import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/database.js';
import { MIGRATIONS } from '../../storage/migrations.js';
import { OutcomeReplies } from '../../storage/outcomeReplies.js';
import { SignalsRepository } from '../../storage/signalsRepository.js';
import { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';

const CANDLE = Date.UTC(2026, 10, 20, 11);

describe('migration 3 on a database that already sent alerts', () => {
  it('keeps every delivery and lets an outcome be threaded under a sent alert', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'migrate-')), 'signals.sqlite');
    const before = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 2));
    const signalId = new SignalsRepository(before).record({
      origin: 'alert', symbol: 'BTC/USDT', timeframe: '1h', candleTime: CANDLE, modelVersion: 'v', direction: 'LONG',
      confidence: 0.41, pLong: 0.41, pNoTrade: 0.3, pShort: 0.29, entry: 100, atr: 1, stopLoss: 98, tp1: 102, tp2: 104,
      tp3: 106, tpEtaMinutes: 360, validUntil: CANDLE + 7_200_000,
    });
    new SubscriptionsRepository(before).subscribe(7, [{ symbol: 'BTC/USDT', timeframe: '1h' }], 50);
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
    expect(new OutcomeReplies(after).enqueue(signalId, 'outcome')).toBe(1);
    expect(new OutcomeReplies(after).enqueue(signalId, 'outcome')).toBe(0);
    expect(rows()).toContainEqual({ chatId: 7, kind: 'outcome', status: 'pending', messageId: null, replyTo: 555 });
    after.close();
  });
});
