import Database from 'better-sqlite3';
import { formatOutboxEvent } from '../../bot/formatOutboxEvent.js';
import { decodeEvent } from '../../storage/outboxEvents.js';
import type { BotApiEmulator } from '../support/botApiEmulator.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

/** A pair a chat follows. */
export interface Followed {
  symbol: string;
  timeframe: string;
}

export interface AlertRow {
  signalId: number;
  symbol: string;
  timeframe: string;
  /** The message the bot sends for it. */
  text: string;
}

/** What the bot's SQLite file says, read through a read-only connection of our own while the bot runs. */
export class BotDatabase {
  constructor(private readonly path: string) {}

  alerts(): AlertRow[] {
    const rows = this.read(
      (db) => db.prepare('SELECT signal_id AS signalId, symbol, timeframe, event FROM alerts ORDER BY id').all() as Array<Omit<AlertRow, 'text'> & { event: string }>,
    );
    return rows.map(({ event, ...row }) => ({ ...row, text: formatOutboxEvent(decodeEvent(event), langFor('en')) }));
  }

  /** Deliveries of each status, of one kind. */
  deliveries(kind: 'alert' | 'outcome'): { pending: number; total: number } {
    return this.read(
      (db) =>
        db
          .prepare("SELECT COUNT(*) AS total, COALESCE(SUM(status = 'pending'), 0) AS pending FROM deliveries WHERE kind = ?")
          .get(kind) as { pending: number; total: number },
    );
  }

  /** Signal ids with an outcome, and how many of those hit TP1. */
  outcomes(): { signalIds: Set<number>; hits: number } {
    const rows = this.read((db) => db.prepare('SELECT signal_id AS signalId, hit FROM signal_outcomes').all() as { signalId: number; hit: number }[]);
    return { signalIds: new Set(rows.map((r) => r.signalId)), hits: rows.filter((r) => r.hit === 1).length };
  }

  /** The message id each chat's alert of `signalId` got from Telegram. */
  alertMessageIds(): Map<string, number> {
    const rows = this.read(
      (db) =>
        db
          .prepare(
            `SELECT a.signal_id AS signalId, d.chat_id AS chatId, d.message_id AS messageId FROM deliveries d
             JOIN alerts a ON a.id = d.alert_id WHERE d.kind = 'alert' AND d.status = 'sent'`,
          )
          .all() as { signalId: number; chatId: number; messageId: number }[],
    );
    return new Map(rows.map((r) => [`${r.chatId} ${r.signalId}`, r.messageId]));
  }

  /** Resolves once nothing of `kind` is pending and at least `atLeast` were queued; fails after `timeoutMs`. */
  async drained(kind: 'alert' | 'outcome', atLeast: number, timeoutMs = 600_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { pending, total } = this.deliveries(kind);
      if (pending === 0 && total >= atLeast) return;
      if (Date.now() > deadline) throw new Error(`${pending} ${kind} deliveries still pending after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private read<T>(query: (db: Database.Database) => T): T {
    const db = new Database(this.path, { readonly: true, fileMustExist: true });
    try {
      return query(db);
    } finally {
      db.close();
    }
  }
}

const follows = (pairs: readonly Followed[], row: Followed) => pairs.some((p) => p.symbol === row.symbol && p.timeframe === row.timeframe);

/** sendMessage calls Telegram (the emulator) accepted for a chat. */
function acceptedSends(emulator: BotApiEmulator, chatId: number) {
  return emulator.calls.filter((c) => c.method === 'sendMessage' && c.status === 200 && Number(c.payload.chat_id) === chatId);
}

/**
 * Every chat received each alert on the pairs it follows exactly once, and no other alert: the emulator's
 * accepted sends, compared with the alerts table. Returns what was wrong, one line per chat and alert.
 */
export function checkAlertsOnce(emulator: BotApiEmulator, chats: ReadonlyMap<number, readonly Followed[]>, alerts: readonly AlertRow[]): string[] {
  const problems: string[] = [];
  for (const [chatId, pairs] of chats) {
    const got = new Map<string, number>();
    for (const call of acceptedSends(emulator, chatId).filter((c) => !c.payload.reply_parameters)) {
      const text = String(call.payload.text);
      if (text.startsWith('🔔')) got.set(text, (got.get(text) ?? 0) + 1);
    }
    for (const alert of alerts.filter((a) => follows(pairs, a))) {
      const times = got.get(alert.text) ?? 0;
      if (times !== 1) problems.push(`chat ${chatId}: ${alert.symbol} ${alert.timeframe} alert received ${times} times`);
      got.delete(alert.text);
    }
    for (const [text, times] of got) problems.push(`chat ${chatId}: ${times} alert(s) it should not have got: ${text.slice(0, 60)}`);
  }
  return problems;
}

/**
 * Every chat received one outcome reply for each resolved alert on its pairs, threaded under the message
 * of that alert in that chat, and no other reply.
 */
export function checkOutcomeReplies(
  emulator: BotApiEmulator,
  chats: ReadonlyMap<number, readonly Followed[]>,
  alerts: readonly AlertRow[],
  resolved: ReadonlySet<number>,
  alertMessageIds: ReadonlyMap<string, number>,
): string[] {
  const problems: string[] = [];
  for (const [chatId, pairs] of chats) {
    const repliedTo = acceptedSends(emulator, chatId)
      .map((c) => (c.payload.reply_parameters as { message_id?: number } | undefined)?.message_id)
      .filter((id): id is number => id !== undefined)
      .sort((a, b) => a - b);
    const expected = alerts
      .filter((a) => resolved.has(a.signalId) && follows(pairs, a))
      .map((a) => alertMessageIds.get(`${chatId} ${a.signalId}`) ?? -1)
      .sort((a, b) => a - b);
    if (JSON.stringify(repliedTo) !== JSON.stringify(expected)) {
      problems.push(`chat ${chatId}: outcome replies under messages [${repliedTo.join(', ')}], expected [${expected.join(', ')}]`);
    }
  }
  return problems;
}
