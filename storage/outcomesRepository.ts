import type { SignalResult } from '../inference/performance.js';
import type { SqliteDatabase } from './database.js';

/** An alert signal whose trade is still open: what the outcome job walks. */
export interface OpenSignal {
  id: number;
  symbol: string;
  timeframe: string;
  candleTime: number;
  direction: string;
  entry: number;
  stopLoss: number;
  tp1: number;
  tp2: number;
  tp3: number;
}

/** The final result of an alert signal's trade. */
export interface OutcomeRecord {
  signalId: number;
  outcome: string;
  hit: boolean;
  exit: string;
  exitPrice: number;
  exitTime: number | null;
  candlesWalked: number;
  netReturn: number;
}

/** A row of /performance (inference/performance.ts's SignalResult) and whether its trade was a win; hit is null while open. */
export interface AlertResult extends SignalResult {
  hit: boolean | null;
}

/** signal_outcomes: the outcome of each alert signal, written once. */
export class OutcomesRepository {
  private readonly open;
  private readonly insert;

  constructor(private readonly db: SqliteDatabase, private readonly now: () => number = Date.now) {
    this.open = db.prepare(`
      SELECT s.id, s.symbol, s.timeframe, s.candle_time AS candleTime, s.direction, s.entry,
        s.stop_loss AS stopLoss, s.tp1, s.tp2, s.tp3
      FROM signals s LEFT JOIN signal_outcomes o ON o.signal_id = s.id
      WHERE s.origin = 'alert' AND s.stop_loss IS NOT NULL AND o.signal_id IS NULL
      ORDER BY s.candle_time, s.id`);
    this.insert = db.prepare(`
      INSERT INTO signal_outcomes (signal_id, outcome, hit, exit, exit_price, exit_time, candles_walked, net_return, resolved_at)
      VALUES (@signalId, @outcome, @hit, @exit, @exitPrice, @exitTime, @candlesWalked, @netReturn, @resolvedAt)
      ON CONFLICT (signal_id) DO NOTHING`);
  }

  /** Alert signals with a trade and no outcome yet, oldest first. */
  openSignals(): OpenSignal[] {
    return this.open.all() as OpenSignal[];
  }

  /** Stores an outcome; false when the signal already had one (another run resolved it first). */
  record(outcome: OutcomeRecord): boolean {
    return this.insert.run({ ...outcome, hit: outcome.hit ? 1 : 0, resolvedAt: this.now() }).changes > 0;
  }

  /** Alert signals on candles from `since` on (one timeframe, or all), with their outcomes where resolved. */
  alertResults(since: number, timeframe?: string): AlertResult[] {
    return this.alertRows(
      `FROM signals s LEFT JOIN signal_outcomes o ON o.signal_id = s.id
       WHERE s.origin = 'alert' AND s.candle_time >= ? AND (? IS NULL OR s.timeframe = ?)
       ORDER BY s.candle_time`,
      since, timeframe ?? null, timeframe ?? null,
    );
  }

  /** Alert signals whose outcome was resolved in [from, to), with it: what a daily digest reports. */
  resolvedBetween(from: number, to: number): AlertResult[] {
    return this.alertRows(
      `FROM signal_outcomes o JOIN signals s ON s.id = o.signal_id
       WHERE s.origin = 'alert' AND o.resolved_at >= ? AND o.resolved_at < ? ORDER BY o.resolved_at, s.id`,
      from, to,
    );
  }

  /** AlertResult rows of signals `s` and outcomes `o` joined as `fromWhere` says. */
  private alertRows(fromWhere: string, ...params: unknown[]): AlertResult[] {
    const rows = this.db
      .prepare(`SELECT s.symbol, s.timeframe, s.confidence, s.candle_time AS candleTime, s.direction, s.entry,
        s.stop_loss AS stopLoss, s.tp1, o.outcome, o.hit, o.net_return AS netReturn ${fromWhere}`)
      .all(...params) as (Omit<AlertResult, 'hit'> & { hit: number | null })[];
    return rows.map((row) => ({ ...row, hit: row.hit === null ? null : row.hit === 1 }));
  }
}
