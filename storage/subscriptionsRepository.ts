import type { SqliteDatabase } from './database.js';

/** The kinds of pushed message a chat can mute; each is a `<kind>_muted` column of chat_settings. */
export const MESSAGE_KINDS = ['signals', 'outcomes', 'digest'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type Mutes = Record<MessageKind, boolean>;

/** A chat follows a pair on one timeframe; symbols are stored normalised ("BTC/USDT"). */
export interface Subscription {
  symbol: string;
  timeframe: string;
}

export interface SubscribeResult {
  added: Subscription[];
  /** The chat had these already. */
  already: Subscription[];
  /** Not added: the chat would have had more than the limit. */
  overLimit: Subscription[];
}

const muteColumn = (kind: MessageKind) => `${kind}_muted`;

/**
 * What each chat receives: its subscriptions (unique on chat, symbol, timeframe) and which kinds of
 * message it muted (chat_settings; a chat without a row mutes nothing).
 */
export class SubscriptionsRepository {
  private readonly insert;
  private readonly exists;
  private readonly countOfChat;
  private readonly byChat;

  constructor(private readonly db: SqliteDatabase, private readonly now: () => number = Date.now) {
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO subscriptions (chat_id, symbol, timeframe, created_at) VALUES (?, ?, ?, ?)',
    );
    this.exists = db.prepare('SELECT 1 FROM subscriptions WHERE chat_id = ? AND symbol = ? AND timeframe = ?');
    this.countOfChat = db.prepare('SELECT COUNT(*) FROM subscriptions WHERE chat_id = ?').pluck();
    this.byChat = db.prepare('SELECT symbol, timeframe FROM subscriptions WHERE chat_id = ? ORDER BY symbol, timeframe');
  }

  /** Adds the subscriptions the chat does not have yet, up to `limit` in total for the chat. */
  subscribe(chatId: number, subscriptions: readonly Subscription[], limit: number): SubscribeResult {
    return this.db.transaction(() => {
      const result: SubscribeResult = { added: [], already: [], overLimit: [] };
      let count = this.countOfChat.get(chatId) as number;
      const at = this.now();
      for (const s of subscriptions) {
        if (this.exists.get(chatId, s.symbol, s.timeframe)) result.already.push(s);
        else if (count >= limit) result.overLimit.push(s);
        else {
          this.insert.run(chatId, s.symbol, s.timeframe, at);
          result.added.push(s);
          count++;
        }
      }
      return result;
    })();
  }

  /** Removes the chat's subscriptions to `symbol`, on one timeframe or on all; returns the removed ones. */
  unsubscribe(chatId: number, symbol: string, timeframe?: string): Subscription[] {
    return this.db
      .prepare(
        `DELETE FROM subscriptions WHERE chat_id = ? AND symbol = ? AND (? IS NULL OR timeframe = ?)
         RETURNING symbol, timeframe`,
      )
      .all(chatId, symbol, timeframe ?? null, timeframe ?? null) as Subscription[];
  }

  /** Removes every subscription of the chat (it asked, or Telegram says it is gone); returns how many. */
  unsubscribeAll(chatId: number): number {
    return this.db.prepare('DELETE FROM subscriptions WHERE chat_id = ?').run(chatId).changes;
  }

  list(chatId: number): Subscription[] {
    return this.byChat.all(chatId) as Subscription[];
  }

  mutes(chatId: number): Mutes {
    const row = this.db.prepare('SELECT * FROM chat_settings WHERE chat_id = ?').get(chatId) as
      | Record<string, number>
      | undefined;
    return Object.fromEntries(MESSAGE_KINDS.map((kind) => [kind, row?.[muteColumn(kind)] === 1])) as Mutes;
  }

  setMuted(chatId: number, kind: MessageKind, muted: boolean): void {
    const column = muteColumn(kind);
    this.db
      .prepare(
        `INSERT INTO chat_settings (chat_id, ${column}, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at`,
      )
      .run(chatId, muted ? 1 : 0, this.now());
  }

  /** The language the chat reads the bot in ('en', 'id'), or null when it chose none. */
  language(chatId: number): string | null {
    const row = this.db.prepare('SELECT language FROM chat_settings WHERE chat_id = ?').get(chatId) as
      | { language: string | null }
      | undefined;
    return row?.language ?? null;
  }

  /** Stores the chat's language; `onlyIfUnset` keeps one the chat already has (a later /subscribe keeps /language's). */
  setLanguage(chatId: number, language: string, { onlyIfUnset = false }: { onlyIfUnset?: boolean } = {}): void {
    const keep = onlyIfUnset ? 'COALESCE(chat_settings.language, excluded.language)' : 'excluded.language';
    this.db
      .prepare(
        `INSERT INTO chat_settings (chat_id, language, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET language = ${keep}, updated_at = excluded.updated_at`,
      )
      .run(chatId, language, this.now());
  }

  /** For the sweep: every (symbol, timeframe) some chat subscribes to, once each. */
  subscribedPairs(): Subscription[] {
    return this.db
      .prepare('SELECT DISTINCT symbol, timeframe FROM subscriptions ORDER BY timeframe, symbol')
      .all() as Subscription[];
  }

  /** For the sweep: the chats subscribed to (symbol, timeframe) that keep signal messages on. */
  signalSubscribers(symbol: string, timeframe: string): number[] {
    return this.db
      .prepare(
        `SELECT s.chat_id FROM subscriptions s LEFT JOIN chat_settings c ON c.chat_id = s.chat_id
         WHERE s.symbol = ? AND s.timeframe = ? AND COALESCE(c.signals_muted, 0) = 0 ORDER BY s.chat_id`,
      )
      .pluck()
      .all(symbol, timeframe) as number[];
  }

  /**
   * A group became a supergroup (a new chat id): its subscriptions, settings and deliveries move to the new
   * id in one transaction. Rows the new id already has win; moving twice changes nothing.
   */
  moveChat(from: number, to: number): { subscriptions: number; deliveries: number } {
    return this.db.transaction(() => {
      const move = (table: string) => {
        const moved = this.db.prepare(`UPDATE OR IGNORE ${table} SET chat_id = ? WHERE chat_id = ?`).run(to, from).changes;
        this.db.prepare(`DELETE FROM ${table} WHERE chat_id = ?`).run(from);
        return moved;
      };
      move('chat_settings');
      return { subscriptions: move('subscriptions'), deliveries: move('deliveries') };
    })();
  }
}
