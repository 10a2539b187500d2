import { RECORD_DAYS, type PaperRecord } from '../../inference/status/paperRecord.js';
import { readStatus, type RecentCandles, type StatusReport } from '../../inference/status/status.js';
import type { MoodSnapshotsRepository } from '../../storage/moodSnapshotsRepository.js';
import type { PaperTradesRepository } from '../../storage/paperTradesRepository.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface MoodKeeperDeps {
  recentCandles: RecentCandles;
  /** STATUS_PAIR: the pair whose market the mood reads. */
  statusPair: string;
  paperTrades: PaperTradesRepository;
  moods: MoodSnapshotsRepository;
}

/** The paper-trading record at `now`: trades closed in the last RECORD_DAYS days, and opened in the last hour. */
export function paperRecord(paperTrades: PaperTradesRepository, now: number): PaperRecord {
  return paperTrades.record(now - RECORD_DAYS * DAY_MS, now - HOUR_MS);
}

/**
 * The status with the mood read now, from STATUS_PAIR's market and the paper record; a snapshot is stored
 * when the score moved since the last one. /status calls it, and so do the jobs after they open or close
 * paper trades. Throws like readStatus when the market cannot be read.
 */
export async function readMood(deps: MoodKeeperDeps, now: number): Promise<StatusReport> {
  const record = paperRecord(deps.paperTrades, now);
  const status = await readStatus(deps.recentCandles, deps.statusPair, record);
  deps.moods.recordIfChanged({ takenAt: now, score: status.mood.score, label: status.mood.label, ...record });
  return status;
}
