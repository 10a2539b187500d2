import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/database.js';
import { OutcomesRepository } from '../../storage/outcomesRepository.js';
import { OLDER_ALERT_CANDLE as CANDLE, olderDatabase } from '../support/olderDatabase.js';

describe('migration 5 on a database that already resolved outcomes', () => {
  it('keeps every outcome, older TP3 exits included, and accepts a win closed at TP1', () => {
    const { path, db: before, signalId } = olderDatabase(4);
    // As the older rule stored it: the trade ran from TP1 on to TP3.
    before.exec(`
      INSERT INTO signal_outcomes (signal_id, outcome, hit, exit, exit_price, exit_time, candles_walked, net_return, resolved_at)
      VALUES (${signalId}, 'TP3', 1, 'tp3', 106, ${CANDLE + 3_600_000}, 3, 0.0579, 5)`);
    before.close();

    const after = openDatabase(path);
    const rows = () => after.prepare('SELECT signal_id AS signalId, outcome, exit, exit_price AS exitPrice FROM signal_outcomes ORDER BY signal_id').all();
    expect(rows()).toEqual([{ signalId, outcome: 'TP3', exit: 'tp3', exitPrice: 106 }]);
    // The older row reads as a win, with its stored return, in /performance's rows.
    expect(new OutcomesRepository(after).alertResults(0)).toMatchObject([{ outcome: 'TP3', hit: true, netReturn: 0.0579, tp1: 102, stopLoss: 98 }]);

    const second = after.prepare(`INSERT INTO signals (origin, symbol, timeframe, candle_time, model_version, direction, confidence,
        p_long, p_no_trade, p_short, entry, atr, stop_loss, tp1, tp2, tp3, tp_eta_minutes, valid_until, created_at)
      SELECT origin, 'ETH/USDT', timeframe, candle_time, model_version, direction, confidence, p_long, p_no_trade, p_short, entry, atr,
        stop_loss, tp1, tp2, tp3, tp_eta_minutes, valid_until, created_at FROM signals WHERE id = ?`).run(signalId).lastInsertRowid as number;
    const stored = new OutcomesRepository(after).record({
      signalId: second, outcome: 'TP1', hit: true, exit: 'tp1', exitPrice: 102, exitTime: CANDLE + 3_600_000, candlesWalked: 1, netReturn: 0.01798,
    });
    expect(stored).toBe(true);
    expect(() => after.exec(`UPDATE signal_outcomes SET exit = 'tp2' WHERE signal_id = ${second}`)).toThrow(/CHECK/);
    expect(after.prepare('SELECT name FROM sqlite_master WHERE type = ? AND tbl_name = ?').pluck().all('index', 'signal_outcomes'))
      .toContain('signal_outcomes_by_resolution');
    after.close();
  });
});
