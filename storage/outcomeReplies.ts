import type { SqliteDatabase } from './database.js';
import { encodeEvent, type OutcomeEvent } from './outboxEvents.js';

/**
 * Outcome messages, queued in the alert outbox as deliveries of kind 'outcome' (migration 3): one per chat
 * that received the alert, still follows its pair and keeps outcome messages on, threaded under the
 * message that chat got (reply_to_message_id). The delivery worker sends them like alerts.
 */
export class OutcomeReplies {
  private readonly insert;

  constructor(db: SqliteDatabase, private readonly now: () => number = Date.now) {
    this.insert = db.prepare(`
      INSERT OR IGNORE INTO deliveries (alert_id, chat_id, kind, event, reply_to_message_id, next_attempt_at, created_at)
      SELECT a.id, d.chat_id, 'outcome', @event, d.message_id, @now, @now
      FROM alerts a
      JOIN deliveries d ON d.alert_id = a.id AND d.kind = 'alert' AND d.status = 'sent'
      JOIN subscriptions s ON s.chat_id = d.chat_id AND s.symbol = a.symbol AND s.timeframe = a.timeframe
      LEFT JOIN chat_settings c ON c.chat_id = d.chat_id
      WHERE a.signal_id = @signalId AND COALESCE(c.outcomes_muted, 0) = 0`);
  }

  /** Queues the outcome of `signalId` for its alert's recipients; returns how many were queued. */
  enqueue(signalId: number, event: OutcomeEvent): number {
    return this.insert.run({ signalId, event: encodeEvent(event), now: this.now() }).changes;
  }
}
