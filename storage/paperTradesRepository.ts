import type { SqliteDatabase } from './database.js';

/** The paper-trading record over a window; P&L after fees in units of one trade's notional. */
export interface PaperRecordRow {
  closedTrades: number;
  wins: number;
  pnl: number;
  tradesLastHour: number;
}

/** paper_trades: one per alert signal, opened by the sweep and closed by the outcome job. */
export class PaperTradesRepository {
  private readonly insert;
  private readonly closeTrade;
  private readonly closed;
  private readonly opened;

  constructor(db: SqliteDatabase) {
    this.insert = db.prepare(
      'INSERT INTO paper_trades (signal_id, notional, opened_at) VALUES (?, ?, ?) ON CONFLICT (signal_id) DO NOTHING',
    );
    this.closeTrade = db.prepare('UPDATE paper_trades SET closed_at = ? WHERE signal_id = ? AND closed_at IS NULL');
    // A trade's P&L is its notional times its signal's net return: the outcome is the one place it is kept.
    this.closed = db.prepare(`
      SELECT COUNT(*) AS closedTrades, COALESCE(SUM(pnl > 0), 0) AS wins, TOTAL(pnl) AS pnl
      FROM (SELECT p.notional * o.net_return AS pnl
            FROM paper_trades p JOIN signal_outcomes o ON o.signal_id = p.signal_id
            WHERE p.closed_at >= ?)`);
    this.opened = db.prepare('SELECT COUNT(*) FROM paper_trades WHERE opened_at >= ?').pluck();
  }

  open(signalId: number, notional: number, openedAt: number): void {
    this.insert.run(signalId, notional, openedAt);
  }

  close(signalId: number, closedAt: number): void {
    this.closeTrade.run(closedAt, signalId);
  }

  /** Trades closed from `closedSince` on, and the number opened from `openedSince` on. */
  record(closedSince: number, openedSince: number): PaperRecordRow {
    const closed = this.closed.get(closedSince) as Omit<PaperRecordRow, 'tradesLastHour'>;
    return { ...closed, tradesLastHour: this.opened.get(openedSince) as number };
  }
}
