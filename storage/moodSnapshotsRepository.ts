import type { SqliteDatabase } from './database.js';

/** The mood at a moment, with the paper record it read. */
export interface MoodSnapshot {
  takenAt: number;
  score: number;
  label: string;
  closedTrades: number;
  wins: number;
  pnl: number;
  tradesLastHour: number;
}

const COLUMNS = `taken_at AS takenAt, score, label, closed_trades AS closedTrades, wins, pnl,
  trades_last_hour AS tradesLastHour`;

/** mood_snapshots: a row each time the mood's score changes. */
export class MoodSnapshotsRepository {
  private readonly last;
  private readonly insert;
  private readonly fromTime;

  constructor(db: SqliteDatabase) {
    this.last = db.prepare(`SELECT ${COLUMNS} FROM mood_snapshots ORDER BY taken_at DESC, id DESC LIMIT 1`);
    this.insert = db.prepare(`
      INSERT INTO mood_snapshots (taken_at, score, label, closed_trades, wins, pnl, trades_last_hour)
      VALUES (@takenAt, @score, @label, @closedTrades, @wins, @pnl, @tradesLastHour)`);
    this.fromTime = db.prepare(`SELECT ${COLUMNS} FROM mood_snapshots WHERE taken_at >= ? ORDER BY taken_at, id`);
  }

  latest(): MoodSnapshot | undefined {
    return this.last.get() as MoodSnapshot | undefined;
  }

  /** Stores the snapshot if its score differs from the latest one; true when stored. */
  recordIfChanged(snapshot: MoodSnapshot): boolean {
    if (this.latest()?.score === snapshot.score) return false;
    this.insert.run(snapshot);
    return true;
  }

  /** Snapshots taken from `since` on, oldest first. */
  since(since: number): MoodSnapshot[] {
    return this.fromTime.all(since) as MoodSnapshot[];
  }
}
