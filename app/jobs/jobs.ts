import { TIMEFRAMES, type Timeframe } from '../../market/timeframes.js';
import type { SqliteDatabase } from '../../storage/database.js';
import { pruneOlderThan, type Pruned } from '../../storage/retention.js';
import type { AppEvents } from '../events.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { queueDigests, type DigestDeps, type DigestReport } from './digest.js';
import { measuredSweep } from './measuredSweep.js';
import { readMood, type MoodKeeperDeps } from './moodKeeper.js';
import { resolveOutcomes, type OutcomeDeps, type OutcomeReport } from './outcomes.js';
import { runSweep, type SweepDeps, type SweepReport } from './sweep.js';

const DAY_MS = 86_400_000;

/** The scheduled jobs, callable at any moment with the clock's reading: cron, /sweep and tests share them. */
export interface Jobs {
  sweep(timeframe: Timeframe, now: number): Promise<SweepReport>;
  resolveOutcomes(now: number): Promise<OutcomeReport>;
  /** Queues the daily digest of the latest digest moment not after `now`; once per chat and moment. */
  digest(now: number): DigestReport;
  /** Removes rows older than the retention (RETENTION_DAYS) before `now`. */
  prune(now: number): Pruned;
}

/** What an admin's /sweep did. */
export interface SweepNowReport {
  sweeps: SweepReport[];
  outcomes: OutcomeReport;
}

/** The jobs over their stores; each refreshes the mood after it opened or closed paper trades. */
export function createJobs(deps: {
  sweep: SweepDeps;
  outcomes: OutcomeDeps;
  mood: MoodKeeperDeps;
  digest: DigestDeps;
  retention: { db: SqliteDatabase; days: number };
  metrics: Metrics;
  /** Where open pages hear of candle closes, alerts and outcomes. */
  events: AppEvents;
  log: Logger;
}): Jobs {
  const refreshMood = (now: number) =>
    readMood(deps.mood, now).then(
      () => undefined,
      (error: unknown) => deps.log.warn({ err: error }, 'mood not refreshed'),
    );
  return {
    async sweep(timeframe, now) {
      const report = await measuredSweep(deps.metrics, timeframe, () => runSweep(deps.sweep, timeframe, now));
      if (report.alerts.length > 0) await refreshMood(now);
      deps.events.emit({ kind: 'candle', timeframe, at: now });
      for (const alert of report.alerts) {
        deps.events.emit({ kind: 'alert', symbol: alert.symbol, timeframe, direction: alert.direction, confidence: alert.confidence, at: now });
      }
      return report;
    },
    async resolveOutcomes(now) {
      const report = await resolveOutcomes(deps.outcomes, now);
      if (report.resolved.length > 0) await refreshMood(now);
      for (const { signalId, symbol, timeframe, trade } of report.resolved) {
        deps.events.emit({ kind: 'outcome', symbol, timeframe, signalId, outcome: trade.outcome, netReturn: trade.netReturn, at: now });
      }
      return report;
    },
    digest: (now) => queueDigests(deps.digest, now),
    prune(now) {
      const pruned = pruneOlderThan(deps.retention.db, now - deps.retention.days * DAY_MS);
      deps.log.info({ ...pruned, retentionDays: deps.retention.days }, 'old rows pruned');
      return pruned;
    },
  };
}

/** `/sweep [TIMEFRAME]`: a sweep of that timeframe (or of each, in turn), then the outcome job. */
export async function sweepNow(jobs: Jobs, timeframe: Timeframe | null, now: number): Promise<SweepNowReport> {
  const sweeps: SweepReport[] = [];
  for (const tf of timeframe === null ? TIMEFRAMES : [timeframe]) sweeps.push(await jobs.sweep(tf, now));
  return { sweeps, outcomes: await jobs.resolveOutcomes(now) };
}
