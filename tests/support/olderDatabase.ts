import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type SqliteDatabase } from '../../storage/database.js';
import { MIGRATIONS } from '../../storage/migrations.js';
import { SignalsRepository } from '../../storage/signalsRepository.js';
import { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';

/** The candle of the alert signal an older database holds. */
export const OLDER_ALERT_CANDLE = Date.UTC(2026, 10, 20, 11);

/**
 * A SQLite file as a bot at schema `version` left it, for migration tests: migrations up to `version` only,
 * one BTC/USDT 1h LONG alert signal on OLDER_ALERT_CANDLE, and chat 7 subscribed to that pair.
 * Reopen `path` with openDatabase to run the newer migrations on it.
 */
export function olderDatabase(version: number): { path: string; db: SqliteDatabase; signalId: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'migrate-')), 'signals.sqlite');
  const db = openDatabase(path, MIGRATIONS.filter((m) => m.version <= version));
  const signalId = new SignalsRepository(db).record({
    origin: 'alert', symbol: 'BTC/USDT', timeframe: '1h', candleTime: OLDER_ALERT_CANDLE, modelVersion: 'v', direction: 'LONG',
    confidence: 0.41, pLong: 0.41, pNoTrade: 0.3, pShort: 0.29, entry: 100, atr: 1, stopLoss: 98, tp1: 102, tp2: 104,
    tp3: 106, tpEtaMinutes: 360, validUntil: OLDER_ALERT_CANDLE + 7_200_000,
  });
  new SubscriptionsRepository(db).subscribe(7, [{ symbol: 'BTC/USDT', timeframe: '1h' }], 50);
  return { path, db, signalId };
}
