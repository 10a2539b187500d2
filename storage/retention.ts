import type { SqliteDatabase } from './database.js';

/** Rows a pruning removed, by kind. */
export interface Pruned {
  requestSignals: number;
  finishedDeliveries: number;
  moodSnapshots: number;
}

/**
 * Removes what only matters for a while: predictions users asked for, deliveries that are done (sent,
 * failed or dropped) and mood snapshots, older than `before`. The track record stays: alert signals, their
 * alerts, outcomes and paper trades are never pruned. One transaction, so a crash prunes all or nothing.
 */
export function pruneOlderThan(db: SqliteDatabase, before: number): Pruned {
  return db.transaction(() => ({
    requestSignals: db.prepare("DELETE FROM signals WHERE origin = 'request' AND candle_time < ?").run(before).changes,
    finishedDeliveries: db.prepare("DELETE FROM deliveries WHERE status <> 'pending' AND created_at < ?").run(before).changes,
    moodSnapshots: db.prepare('DELETE FROM mood_snapshots WHERE taken_at < ?').run(before).changes,
  }))();
}
