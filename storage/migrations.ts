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
  {
    version: 2,
    name: 'subscriptions and alert outbox',
    sql: `
      CREATE TABLE subscriptions (
        chat_id INTEGER NOT NULL,
        symbol TEXT NOT NULL,
        timeframe TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (chat_id, symbol, timeframe)
      ) WITHOUT ROWID;
      CREATE INDEX subscriptions_by_pair ON subscriptions (symbol, timeframe);
      CREATE TABLE chat_settings (
        chat_id INTEGER PRIMARY KEY,
        signals_muted INTEGER NOT NULL DEFAULT 0 CHECK (signals_muted IN (0, 1)),
        outcomes_muted INTEGER NOT NULL DEFAULT 0 CHECK (outcomes_muted IN (0, 1)),
        digest_muted INTEGER NOT NULL DEFAULT 0 CHECK (digest_muted IN (0, 1)),
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        signal_id INTEGER NOT NULL REFERENCES signals (id),
        symbol TEXT NOT NULL,
        timeframe TEXT NOT NULL,
        candle_time INTEGER NOT NULL,
        html TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (symbol, timeframe, candle_time)
      );
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL REFERENCES alerts (id),
        chat_id INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at INTEGER NOT NULL,
        message_id INTEGER,
        sent_at INTEGER,
        created_at INTEGER NOT NULL,
        UNIQUE (alert_id, chat_id)
      );
      CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 'pending';
      CREATE INDEX deliveries_by_chat ON deliveries (chat_id) WHERE status = 'pending';
    `,
  },
  {
    version: 3,
    name: 'outcomes, paper trades and mood snapshots',
    sql: `
      -- The result of an alert signal's trade by the barrier rule (inference/outcome.ts); one per signal.
      CREATE TABLE signal_outcomes (
        signal_id INTEGER PRIMARY KEY REFERENCES signals (id),
        outcome TEXT NOT NULL CHECK (outcome IN ('TP1', 'TP2', 'TP3', 'SL', 'EXPIRED')),
        hit INTEGER NOT NULL CHECK (hit IN (0, 1)),
        exit TEXT NOT NULL CHECK (exit IN ('stop', 'tp3', 'expiry')),
        exit_price REAL NOT NULL,
        exit_time INTEGER,
        candles_walked INTEGER NOT NULL,
        net_return REAL NOT NULL,
        resolved_at INTEGER NOT NULL
      );
      -- One paper trade per alert signal; its P&L is notional × the outcome's net_return.
      CREATE TABLE paper_trades (
        id INTEGER PRIMARY KEY,
        signal_id INTEGER NOT NULL UNIQUE REFERENCES signals (id),
        notional REAL NOT NULL,
        opened_at INTEGER NOT NULL,
        closed_at INTEGER
      );
      CREATE INDEX paper_trades_by_open ON paper_trades (opened_at);
      CREATE INDEX paper_trades_by_close ON paper_trades (closed_at);
      -- The mood each time it changed, with the paper record it read.
      CREATE TABLE mood_snapshots (
        id INTEGER PRIMARY KEY,
        taken_at INTEGER NOT NULL,
        score INTEGER NOT NULL,
        label TEXT NOT NULL,
        closed_trades INTEGER NOT NULL,
        wins INTEGER NOT NULL,
        pnl REAL NOT NULL,
        trades_last_hour INTEGER NOT NULL
      );
      CREATE INDEX mood_snapshots_by_time ON mood_snapshots (taken_at);
      CREATE INDEX signals_by_origin ON signals (origin, timeframe, candle_time);
      -- Outcome replies ride the alert outbox: a delivery is now an alert or the outcome threaded under it
      -- (kind), so (alert, chat, kind) is unique. SQLite cannot change a UNIQUE constraint in place, so the
      -- table is rebuilt with every row kept.
      CREATE TABLE deliveries_v3 (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL REFERENCES alerts (id),
        chat_id INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'alert' CHECK (kind IN ('alert', 'outcome')),
        -- The outcome's text; null for an alert, whose text is the alert's.
        html TEXT,
        -- The message this one answers: the alert as that chat received it.
        reply_to_message_id INTEGER,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at INTEGER NOT NULL,
        message_id INTEGER,
        sent_at INTEGER,
        created_at INTEGER NOT NULL,
        UNIQUE (alert_id, chat_id, kind)
      );
      INSERT INTO deliveries_v3 (id, alert_id, chat_id, status, attempts, last_error, next_attempt_at, message_id, sent_at, created_at)
        SELECT id, alert_id, chat_id, status, attempts, last_error, next_attempt_at, message_id, sent_at, created_at FROM deliveries;
      DROP TABLE deliveries;
      ALTER TABLE deliveries_v3 RENAME TO deliveries;
      CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 'pending';
      CREATE INDEX deliveries_by_chat ON deliveries (chat_id) WHERE status = 'pending';
    `,
  },
  {
    version: 4,
    name: 'daily digests in the outbox',
    sql: `
      -- A delivery may now be a chat's daily digest, which answers no alert: alert_id becomes optional and
      -- digest_at (the UTC moment the digest was due) keys it, one per chat and moment. Rebuilt as in
      -- migration 3, every row kept.
      CREATE TABLE deliveries_v4 (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER REFERENCES alerts (id),
        chat_id INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'alert' CHECK (kind IN ('alert', 'outcome', 'digest')),
        digest_at INTEGER,
        -- The outcome's or the digest's text; null for an alert, whose text is the alert's.
        html TEXT,
        reply_to_message_id INTEGER,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at INTEGER NOT NULL,
        message_id INTEGER,
        sent_at INTEGER,
        created_at INTEGER NOT NULL,
        UNIQUE (alert_id, chat_id, kind),
        CHECK ((kind = 'digest') = (alert_id IS NULL) AND (kind = 'digest') = (digest_at IS NOT NULL)),
        CHECK (kind = 'alert' OR html IS NOT NULL)
      );
      INSERT INTO deliveries_v4 (id, alert_id, chat_id, kind, html, reply_to_message_id, status, attempts, last_error,
          next_attempt_at, message_id, sent_at, created_at)
        SELECT id, alert_id, chat_id, kind, html, reply_to_message_id, status, attempts, last_error,
          next_attempt_at, message_id, sent_at, created_at FROM deliveries;
      DROP TABLE deliveries;
      ALTER TABLE deliveries_v4 RENAME TO deliveries;
      CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 'pending';
      CREATE INDEX deliveries_by_chat ON deliveries (chat_id) WHERE status = 'pending';
      CREATE UNIQUE INDEX deliveries_one_digest ON deliveries (chat_id, digest_at) WHERE kind = 'digest';
      CREATE INDEX alerts_by_creation ON alerts (created_at);
      CREATE INDEX signal_outcomes_by_resolution ON signal_outcomes (resolved_at);
    `,
  },
  {
    version: 5,
    name: 'outcomes close at TP1 (the one trade rule)',
    sql: `
      -- A win now closes at TP1 (inference/outcome.ts), so exit may be 'tp1'. Rows written before keep their
      -- exit ('tp3' among them: the older rule held a trade past TP1 until the stop, TP3 or the horizon).
      -- SQLite cannot change a CHECK in place: the table is rebuilt as in migration 3, every row kept.
      CREATE TABLE signal_outcomes_v5 (
        signal_id INTEGER PRIMARY KEY REFERENCES signals (id),
        outcome TEXT NOT NULL CHECK (outcome IN ('TP1', 'TP2', 'TP3', 'SL', 'EXPIRED')),
        hit INTEGER NOT NULL CHECK (hit IN (0, 1)),
        exit TEXT NOT NULL CHECK (exit IN ('stop', 'tp1', 'tp3', 'expiry')),
        exit_price REAL NOT NULL,
        exit_time INTEGER,
        candles_walked INTEGER NOT NULL,
        net_return REAL NOT NULL,
        resolved_at INTEGER NOT NULL
      );
      INSERT INTO signal_outcomes_v5 SELECT signal_id, outcome, hit, exit, exit_price, exit_time, candles_walked,
        net_return, resolved_at FROM signal_outcomes;
      DROP TABLE signal_outcomes;
      ALTER TABLE signal_outcomes_v5 RENAME TO signal_outcomes;
      CREATE INDEX signal_outcomes_by_resolution ON signal_outcomes (resolved_at);
    `,
  },
  {
    version: 6,
    name: 'the outbox stores events, not Telegram HTML',
    sql: `
      -- Each door (Telegram, HTTP) renders what happened in its own words, so alerts and deliveries keep a
      -- JSON event (storage/outboxEvents.ts). Rows written before keep their HTML inside a legacyHtml event.
      ALTER TABLE alerts RENAME COLUMN html TO event;
      UPDATE alerts SET event = json_object('kind', 'legacyHtml', 'html', event);
      ALTER TABLE deliveries RENAME COLUMN html TO event;
      UPDATE deliveries SET event = json_object('kind', 'legacyHtml', 'html', event) WHERE event IS NOT NULL;
    `,
  },
  {
    version: 7,
    name: 'each chat keeps the language it reads the bot in',
    sql: `
      -- /language, or the app language of whoever subscribed first ('en', 'id'); NULL: each user's own.
      ALTER TABLE chat_settings ADD COLUMN language TEXT;
    `,
  },
];
