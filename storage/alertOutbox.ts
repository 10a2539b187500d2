import type { SqliteDatabase } from './database.js';
import { decodeEvent, encodeEvent, OutboxEventError, type AlertEvent, type OutboxEvent } from './outboxEvents.js';

/** An alert the sweep decided to send: the stored signal it announces and what happened. */
export interface NewAlert {
  signalId: number;
  symbol: string;
  timeframe: string;
  candleTime: number;
  event: AlertEvent;
}

export interface EnqueueResult {
  alertId: number;
  /** False when this (symbol, timeframe, candle) had an alert already: its first message is kept. */
  created: boolean;
  /** Deliveries added now; chats that already had one for this alert are not queued again. */
  queued: number;
}

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'dropped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** What a delivery carries: an alert, an outcome threaded under it, or a daily digest (the table's CHECK). */
export type DeliveryKind = 'alert' | 'outcome' | 'digest';

/** A pending delivery whose time has come: what to send to whom. */
export interface DueDelivery {
  id: number;
  /** The alert it is or answers; null for a daily digest (migration 4). */
  alertId: number | null;
  chatId: number;
  /** What to tell the chat; the door renders it. */
  event: OutboxEvent;
  /** Set for an outcome: the alert message it is threaded under (deliveries of kind 'outcome', migration 3). */
  replyToMessageId: number | null;
  attempts: number;
}

/**
 * The alerts and their outbox: one row per alert (unique on symbol, timeframe, candle time) and one per
 * (alert, chat) delivery, with status, attempts, last error and when to try next. Outcome replies
 * (storage/outcomeReplies.ts) and daily digests (storage/dailyDigests.ts) ride the same outbox. Rows are
 * the truth: a restarted process picks up whatever is still pending, and nothing is ever queued twice.
 */
export class AlertOutbox {
  private readonly insertAlert;
  private readonly alertId;
  private readonly insertDelivery;
  private readonly due;

  constructor(private readonly db: SqliteDatabase, private readonly now: () => number = Date.now) {
    this.insertAlert = db.prepare(`
      INSERT OR IGNORE INTO alerts (signal_id, symbol, timeframe, candle_time, event, created_at)
      VALUES (@signalId, @symbol, @timeframe, @candleTime, @event, @createdAt)`);
    this.alertId = db
      .prepare('SELECT id FROM alerts WHERE symbol = ? AND timeframe = ? AND candle_time = ?')
      .pluck();
    this.insertDelivery = db.prepare(`
      INSERT OR IGNORE INTO deliveries (alert_id, chat_id, next_attempt_at, created_at) VALUES (?, ?, ?, ?)`);
    this.due = db.prepare(`
      SELECT d.id, d.alert_id AS alertId, d.chat_id AS chatId, COALESCE(d.event, a.event) AS event,
        d.reply_to_message_id AS replyToMessageId, d.attempts
      FROM deliveries d LEFT JOIN alerts a ON a.id = d.alert_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= ?
      ORDER BY d.next_attempt_at, d.id LIMIT 1`);
  }

  /**
   * Stores the alert and a pending delivery per chat in one transaction. Idempotent: a second call for
   * the same candle (a second sweep, a restart) adds nothing for chats already queued.
   */
  enqueueAlert(alert: NewAlert, chatIds: readonly number[]): EnqueueResult {
    return this.db.transaction(() => {
      const at = this.now();
      const created = this.insertAlert.run({ ...alert, event: encodeEvent(alert.event), createdAt: at }).changes === 1;
      const alertId = this.alertId.get(alert.symbol, alert.timeframe, alert.candleTime) as number;
      let queued = 0;
      for (const chatId of chatIds) queued += this.insertDelivery.run(alertId, chatId, at, at).changes;
      return { alertId, created, queued };
    })();
  }

  /** The pending delivery due first at `now`, oldest first. */
  nextDue(now: number): DueDelivery | undefined {
    for (;;) {
      const row = this.due.get(now) as (Omit<DueDelivery, 'event'> & { event: string }) | undefined;
      if (!row) return undefined;
      try {
        return { ...row, event: decodeEvent(row.event) };
      } catch (error) {
        // A row this version cannot read is given up with the reason, so it never blocks the queue.
        if (!(error instanceof OutboxEventError)) throw error;
        this.recordFailure(row.id, error.message, null);
      }
    }
  }

  /** When the earliest pending delivery is due (it may be in the past), or undefined when none is pending. */
  nextAttemptAt(): number | undefined {
    const at = this.db.prepare("SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending'").pluck().get();
    return (at as number | null) ?? undefined;
  }

  /** Telegram accepted the message: status and its message id are written in one statement. */
  markSent(id: number, messageId: number): void {
    this.db
      .prepare("UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ? WHERE id = ? AND status = 'pending'")
      .run(messageId, this.now(), id);
  }

  /** One more failed attempt: try again at `retryAt`, or give up (status failed) when it is null. */
  recordFailure(id: number, error: string, retryAt: number | null): void {
    this.db
      .prepare(
        `UPDATE deliveries SET attempts = attempts + 1, last_error = ?,
           status = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END,
           next_attempt_at = COALESCE(?, next_attempt_at)
         WHERE id = ? AND status = 'pending'`,
      )
      .run(error, retryAt, retryAt, id);
  }

  /** The chat is gone (blocked the bot, left, deleted): every delivery still pending for it is dropped. */
  dropChat(chatId: number, error: string): number {
    return this.db
      .prepare("UPDATE deliveries SET status = 'dropped', last_error = ? WHERE chat_id = ? AND status = 'pending'")
      .run(error, chatId).changes;
  }

  /** How many deliveries are in each status: all, or one alert's (its outcome replies included), or of one kind. */
  counts(alertId?: number, kind?: DeliveryKind): Record<DeliveryStatus, number> {
    const rows = this.db
      .prepare('SELECT status, COUNT(*) AS n FROM deliveries WHERE (? IS NULL OR alert_id = ?) AND (? IS NULL OR kind = ?) GROUP BY status')
      .all(alertId ?? null, alertId ?? null, kind ?? null, kind ?? null) as Array<{ status: DeliveryStatus; n: number }>;
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
    for (const { status, n } of rows) counts[status] = n;
    return counts;
  }
}
