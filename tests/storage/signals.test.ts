import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/database.js';
import { MIGRATIONS } from '../../storage/migrations.js';
import { SignalsRepository, type SignalRecord } from '../../storage/signalsRepository.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'db-')), 'nested', 'signals.sqlite');

const signal: SignalRecord = {
  origin: 'request', symbol: 'BTC/USDT', timeframe: '1h', candleTime: 1_700_000_000_000, modelVersion: 'm1',
  direction: 'LONG', confidence: 0.61, pLong: 0.61, pNoTrade: 0.25, pShort: 0.14, entry: 43_000, atr: 250,
  stopLoss: 42_500, tp1: 43_500, tp2: 44_000, tp3: 44_500, tpEtaMinutes: 180, validUntil: 1_700_007_200_000,
};

describe('SQLite storage', () => {
  it('creates the file in WAL mode with every migration recorded', () => {
    const db = openDatabase(tempDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
  });

  it('keeps stored signals across a reopen and applies migrations only once', () => {
    const path = tempDb();
    const first = openDatabase(path);
    const id = new SignalsRepository(first, () => 5).record(signal);
    first.close();
    const again = openDatabase(path);
    expect(new SignalsRepository(again).get(id)).toMatchObject({ ...signal, id, requests: 1, createdAt: 5 });
    again.close();
  });

  it('counts a repeated request for the same model and candle instead of storing a copy', () => {
    const repo = new SignalsRepository(openDatabase(':memory:'));
    const id = repo.record(signal);
    expect(repo.record(signal)).toBe(id);
    expect(repo.get(id)?.requests).toBe(2);
    const alert = repo.record({ ...signal, origin: 'alert' });
    expect(alert).not.toBe(id);
    expect(repo.recent(10)).toHaveLength(2);
  });

  it('stores a NO_TRADE call without levels', () => {
    const repo = new SignalsRepository(openDatabase(':memory:'));
    const id = repo.record({ ...signal, direction: 'NO_TRADE', stopLoss: null, tp1: null, tp2: null, tp3: null, tpEtaMinutes: null });
    expect(repo.get(id)).toMatchObject({ direction: 'NO_TRADE', stopLoss: null, tp1: null });
  });

  it('refuses to open a database written by a newer version of the bot', () => {
    const path = tempDb();
    openDatabase(path).close();
    expect(() => openDatabase(path, MIGRATIONS.slice(0, 0))).toThrow(
      `schema version ${Math.max(...MIGRATIONS.map((m) => m.version))}, newer than this code knows (0)`,
    );
  });
});
