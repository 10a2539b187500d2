import type { SqliteDatabase } from './database.js';

/** A signal as stored; the storage layer keeps its own shape so it depends on nothing else of ours. */
export interface SignalRecord {
  origin: 'request' | 'alert';
  symbol: string;
  timeframe: string;
  candleTime: number;
  modelVersion: string;
  direction: string;
  confidence: number;
  pLong: number;
  pNoTrade: number;
  pShort: number;
  entry: number;
  atr: number;
  stopLoss: number | null;
  tp1: number | null;
  tp2: number | null;
  tp3: number | null;
  tpEtaMinutes: number | null;
  validUntil: number;
}

export interface StoredSignal extends SignalRecord {
  id: number;
  requests: number;
  createdAt: number;
}

/** A page of the signal history, newest first; every filter is optional. */
export interface SignalPageQuery {
  symbol?: string;
  timeframe?: string;
  /** Only signals whose candle opened at or after this time (ms). */
  since?: number;
  /** Only signals stored before this id: the cursor of the next (older) page. */
  beforeId?: number;
  limit: number;
}

const COLUMNS = `id, origin, symbol, timeframe, candle_time AS candleTime, model_version AS modelVersion,
  direction, confidence, p_long AS pLong, p_no_trade AS pNoTrade, p_short AS pShort, entry, atr,
  stop_loss AS stopLoss, tp1, tp2, tp3, tp_eta_minutes AS tpEtaMinutes, valid_until AS validUntil,
  requests, created_at AS createdAt`;

export class SignalsRepository {
  private readonly upsert;
  private readonly byId;

  constructor(private readonly db: SqliteDatabase, private readonly now: () => number = Date.now) {
    // The same model on the same candle gives the same answer: count repeats instead of storing copies.
    this.upsert = db.prepare(`
      INSERT INTO signals (origin, symbol, timeframe, candle_time, model_version, direction, confidence,
        p_long, p_no_trade, p_short, entry, atr, stop_loss, tp1, tp2, tp3, tp_eta_minutes, valid_until, created_at)
      VALUES (@origin, @symbol, @timeframe, @candleTime, @modelVersion, @direction, @confidence,
        @pLong, @pNoTrade, @pShort, @entry, @atr, @stopLoss, @tp1, @tp2, @tp3, @tpEtaMinutes, @validUntil, @createdAt)
      ON CONFLICT (origin, symbol, timeframe, candle_time, model_version)
        DO UPDATE SET requests = requests + 1
      RETURNING id`);
    this.byId = db.prepare(`SELECT ${COLUMNS} FROM signals WHERE id = ?`);
  }

  /** Stores a signal (or counts one more request for it) and returns its id. */
  record(signal: SignalRecord): number {
    const row = this.upsert.get({ ...signal, createdAt: this.now() }) as { id: number };
    return row.id;
  }

  get(id: number): StoredSignal | undefined {
    return this.byId.get(id) as StoredSignal | undefined;
  }

  /** The latest alert signal for (symbol, timeframe): the sweep alerts again only when the direction changes. */
  lastAlert(symbol: string, timeframe: string): StoredSignal | undefined {
    return this.db
      .prepare(
        `SELECT ${COLUMNS} FROM signals WHERE origin = 'alert' AND symbol = ? AND timeframe = ?
         ORDER BY candle_time DESC, id DESC LIMIT 1`,
      )
      .get(symbol, timeframe) as StoredSignal | undefined;
  }

  /** The history newest first (by id, the order signals were first stored), filtered as asked. */
  page(query: SignalPageQuery): StoredSignal[] {
    return this.db
      .prepare(
        `SELECT ${COLUMNS} FROM signals
         WHERE (@symbol IS NULL OR symbol = @symbol) AND (@timeframe IS NULL OR timeframe = @timeframe)
           AND (@since IS NULL OR candle_time >= @since) AND (@beforeId IS NULL OR id < @beforeId)
         ORDER BY id DESC LIMIT @limit`,
      )
      .all({
        symbol: query.symbol ?? null,
        timeframe: query.timeframe ?? null,
        since: query.since ?? null,
        beforeId: query.beforeId ?? null,
        limit: query.limit,
      }) as StoredSignal[];
  }

  recent(limit: number): StoredSignal[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM signals ORDER BY id DESC LIMIT ?`).all(limit) as StoredSignal[];
  }
}
