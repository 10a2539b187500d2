/**
 * Versioned schema changes, applied in order and recorded in `schema_migrations`. Never edit a migration
 * that has shipped: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'signals',
    sql: `
      CREATE TABLE signals (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL CHECK (origin IN ('request', 'alert')),
        symbol TEXT NOT NULL,
        timeframe TEXT NOT NULL,
        candle_time INTEGER NOT NULL,
        model_version TEXT NOT NULL,
        direction TEXT NOT NULL,
        confidence REAL NOT NULL,
        p_long REAL NOT NULL,
        p_no_trade REAL NOT NULL,
        p_short REAL NOT NULL,
        entry REAL NOT NULL,
        atr REAL NOT NULL,
        stop_loss REAL,
        tp1 REAL,
        tp2 REAL,
        tp3 REAL,
        tp_eta_minutes REAL,
        valid_until INTEGER NOT NULL,
        requests INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        UNIQUE (origin, symbol, timeframe, candle_time, model_version)
      );
      CREATE INDEX signals_by_time ON signals (symbol, timeframe, candle_time);
    `,
  },
];
