import type { Position } from '../inference/labels.js';
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
  private readonly openSides;

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
    this.openSides = db.prepare(`
      SELECT COALESCE(SUM(CASE s.direction WHEN 'LONG' THEN 1 WHEN 'SHORT' THEN -1 ELSE 0 END), 0)
      FROM paper_trades p JOIN signals s ON s.id = p.signal_id
      WHERE p.closed_at IS NULL AND s.symbol = ?`).pluck();
  }

  open(signalId: number, notional: number, openedAt: number): void {
    this.insert.run(signalId, notional, openedAt);
  }

  close(signalId: number, closedAt: number): void {
    this.closeTrade.run(closedAt, signalId);
  }

  /**
   * The paper-trading position in `symbol` now: long (1) or short (-1) while alert trades on it are open,
   * by the sign of longs minus shorts (open trades on several timeframes may offset); flat (0) otherwise.
   */
  openPosition(symbol: string): Position {
    return Math.sign(this.openSides.get(symbol) as number) as Position;
  }

  /** Trades closed from `closedSince` on, and the number opened from `openedSince` on. */
  record(closedSince: number, openedSince: number): PaperRecordRow {
    const closed = this.closed.get(closedSince) as Omit<PaperRecordRow, 'tradesLastHour'>;
    return { ...closed, tradesLastHour: this.opened.get(openedSince) as number };
  }
}
