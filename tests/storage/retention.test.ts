import { describe, expect, it } from 'vitest';
import { AlertOutbox } from '../../storage/alertOutbox.js';
import { openDatabase } from '../../storage/database.js';
import { MoodSnapshotsRepository } from '../../storage/moodSnapshotsRepository.js';
import { pruneOlderThan } from '../../storage/retention.js';
import { SignalsRepository, type SignalRecord } from '../../storage/signalsRepository.js';
import { samplePrediction } from '../support/samplePrediction.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6);
const CUTOFF = NOW - 180 * DAY;

function signal(origin: SignalRecord['origin'], candleTime: number): SignalRecord {
  return {
    origin, symbol: 'BTC/USDT', timeframe: '1h', candleTime, modelVersion: 'm', direction: 'LONG', confidence: 0.6,
    pLong: 0.6, pNoTrade: 0.3, pShort: 0.1, entry: 100, atr: 1, stopLoss: 98, tp1: 102, tp2: 104, tp3: 106,
    tpEtaMinutes: 60, validUntil: candleTime + 2 * 3_600_000,
  };
}

describe('pruning old rows', () => {
  it('removes old asked-for predictions, finished deliveries and mood snapshots, and keeps the track record and anything pending', () => {
    const db = openDatabase(':memory:');
    const signals = new SignalsRepository(db);
    const oldRequest = signals.record(signal('request', CUTOFF - DAY));
    const newRequest = signals.record(signal('request', CUTOFF + DAY));
    const oldAlert = signals.record(signal('alert', CUTOFF - DAY));
    const outbox = new AlertOutbox(db, () => CUTOFF - DAY);
    const event = { kind: 'alert' as const, prediction: samplePrediction({ candleTime: CUTOFF - DAY }) };
    outbox.enqueueAlert({ signalId: oldAlert, symbol: 'BTC/USDT', timeframe: '1h', candleTime: CUTOFF - DAY, event }, [1, 2]);
    outbox.markSent(outbox.nextDue(NOW)!.id, 10);
    const moods = new MoodSnapshotsRepository(db);
    for (const [takenAt, score] of [[CUTOFF - DAY, 40], [CUTOFF + DAY, 60]] as const) {
      moods.recordIfChanged({ takenAt, score, label: 'calm', closedTrades: 0, wins: 0, pnl: 0, tradesLastHour: 0 });
    }

    expect(pruneOlderThan(db, CUTOFF)).toEqual({ requestSignals: 1, finishedDeliveries: 1, moodSnapshots: 1 });
    const ids = db.prepare('SELECT id FROM signals ORDER BY id').pluck().all();
    expect(ids).toEqual([newRequest, oldAlert]);
    expect(ids).not.toContain(oldRequest);
    expect(outbox.counts()).toEqual({ pending: 1, sent: 0, failed: 0, dropped: 0 });
    expect(moods.since(0).map((m) => m.score)).toEqual([60]);
    expect(pruneOlderThan(db, CUTOFF)).toEqual({ requestSignals: 0, finishedDeliveries: 0, moodSnapshots: 0 });
  });
});
