import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AlertOutbox } from '../../storage/alertOutbox.js';
import { DailyDigests } from '../../storage/dailyDigests.js';
import { openDatabase } from '../../storage/database.js';
import { MIGRATIONS } from '../../storage/migrations.js';
import { OutcomeReplies } from '../../storage/outcomeReplies.js';
import { SignalsRepository } from '../../storage/signalsRepository.js';
import { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';

const CANDLE = Date.UTC(2026, 10, 20, 11);
const DIGEST_AT = Date.UTC(2026, 10, 21, 8);

describe('migration 4 on a database with alerts and outcome replies', () => {
  it('keeps every delivery, and queues a digest once per chat and moment next to them', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'migrate-')), 'signals.sqlite');
    const before = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 3));
    const signalId = new SignalsRepository(before).record({
      origin: 'alert', symbol: 'BTC/USDT', timeframe: '1h', candleTime: CANDLE, modelVersion: 'v', direction: 'LONG',
      confidence: 0.41, pLong: 0.41, pNoTrade: 0.3, pShort: 0.29, entry: 100, atr: 1, stopLoss: 98, tp1: 102, tp2: 104,
      tp3: 106, tpEtaMinutes: 360, validUntil: CANDLE + 7_200_000,
    });
    new SubscriptionsRepository(before).subscribe(7, [{ symbol: 'BTC/USDT', timeframe: '1h' }], 50);
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
