import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../inference/labels.js';
import type { Timeframe } from '../../market/timeframes.js';
import { openDatabase } from '../../storage/database.js';
import { PaperTradesRepository } from '../../storage/paperTradesRepository.js';
import { SignalsRepository } from '../../storage/signalsRepository.js';

function store() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'db-')), 'signals.sqlite'));
  const signals = new SignalsRepository(db);
  const trades = new PaperTradesRepository(db);
  let candle = 1_700_000_000_000;
  const openTrade = (symbol: string, direction: Direction, timeframe: Timeframe = '1h') => {
    candle += 3_600_000;
    const id = signals.record({
      origin: 'alert', symbol, timeframe, candleTime: candle, modelVersion: 'm1', direction,
      confidence: 0.6, pLong: 0.6, pNoTrade: 0.2, pShort: 0.2, entry: 100, atr: 1, stopLoss: 98, tp1: 102, tp2: 104,
      tp3: 106, tpEtaMinutes: 60, validUntil: candle + 7_200_000,
    });
    trades.open(id, 1, candle);
    return id;
  };
  return { db, trades, openTrade };
}

describe('paper position of a pair', () => {
  it('is flat without open trades, long or short while one is open, flat again once it closes', () => {
    const { db, trades, openTrade } = store();
    expect(trades.openPosition('BTC/USDT')).toBe(0);
    const long = openTrade('BTC/USDT', 'LONG');
    openTrade('ETH/USDT', 'SHORT');
    expect(trades.openPosition('BTC/USDT')).toBe(1);
    expect(trades.openPosition('ETH/USDT')).toBe(-1);
    trades.close(long, 1_800_000_000_000);
    expect(trades.openPosition('BTC/USDT')).toBe(0);
    db.close();
  });

  it('nets open trades on several timeframes: a long and a short cancel out', () => {
    const { db, trades, openTrade } = store();
    openTrade('BTC/USDT', 'LONG', '1h');
    openTrade('BTC/USDT', 'SHORT', '4h');
    expect(trades.openPosition('BTC/USDT')).toBe(0);
    openTrade('BTC/USDT', 'LONG', '15m');
    expect(trades.openPosition('BTC/USDT')).toBe(1);
    db.close();
  });
});
