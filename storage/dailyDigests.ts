import type { SqliteDatabase } from './database.js';
import { encodeEvent, type DigestEvent } from './outboxEvents.js';
import type { Subscription } from './subscriptionsRepository.js';

/** An alert that went out, as a digest lists it. */
export interface DigestAlert {
  symbol: string;
  timeframe: string;
  direction: string;
  confidence: number;
  /** When the sweep queued it. */
  createdAt: number;
}

/**
 * Who gets the daily digest, the alerts it lists (its outcomes come from OutcomesRepository.resolvedBetween),
 * and where it goes: digests are deliveries of kind 'digest' in the alert outbox (migration 4), unique per
 * chat and digest moment, so a job that runs twice for the same moment (a restart, a catch-up) queues each
 * chat's digest once and the delivery worker sends it once.
 */
export class DailyDigests {
  private readonly insert;

  constructor(private readonly db: SqliteDatabase, private readonly now: () => number = Date.now) {
    this.insert = db.prepare(`
      INSERT OR IGNORE INTO deliveries (chat_id, kind, digest_at, event, next_attempt_at, created_at)
      VALUES (@chatId, 'digest', @digestAt, @event, @now, @now)`);
  }

  /** Each chat that has subscriptions and keeps the digest on, with its subscriptions. */
  recipients(): Map<number, Subscription[]> {
    const rows = this.db
      .prepare(
        `SELECT s.chat_id AS chatId, s.symbol, s.timeframe FROM subscriptions s
         LEFT JOIN chat_settings c ON c.chat_id = s.chat_id
         WHERE COALESCE(c.digest_muted, 0) = 0 ORDER BY s.chat_id, s.symbol, s.timeframe`,
      )
      .all() as Array<Subscription & { chatId: number }>;
    const chats = new Map<number, Subscription[]>();
    for (const { chatId, symbol, timeframe } of rows) chats.set(chatId, [...(chats.get(chatId) ?? []), { symbol, timeframe }]);
    return chats;
  }

  /** Alerts queued in [from, to), oldest first. */
  alertsBetween(from: number, to: number): DigestAlert[] {
    return this.db
      .prepare(
        `SELECT a.symbol, a.timeframe, s.direction, s.confidence, a.created_at AS createdAt
         FROM alerts a JOIN signals s ON s.id = a.signal_id
         WHERE a.created_at >= ? AND a.created_at < ? ORDER BY a.created_at, a.id`,
      )
      .all(from, to) as DigestAlert[];
  }

  /** Queues a chat's digest for the moment `digestAt`; false when it already had one. */
  enqueue(chatId: number, event: DigestEvent): boolean {
    return this.insert.run({ chatId, digestAt: event.digestAt, event: encodeEvent(event), now: this.now() }).changes === 1;
  }
}
