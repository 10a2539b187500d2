import cron, { type ScheduledTask } from 'node-cron';
import { TIMEFRAMES, type Timeframe } from '../../market/timeframes.js';
import type { Logger } from '../logger.js';
import type { Jobs } from './jobs.js';
import type { SweepReport } from './sweep.js';
import type { SweepWatch } from './sweepWatch.js';

/** Seconds after a candle closes before its sweep runs, so the exchange has the closed candle. */
export const SWEEP_DELAY_SECONDS = 5;
/** The outcome job runs every 15 minutes, after the sweeps of that moment have started. */
const OUTCOMES_DELAY_SECONDS = 30;

/** Cron expressions (with seconds, UTC) firing SWEEP_DELAY_SECONDS after each candle of the timeframe closes. */
export const SWEEP_SCHEDULES: Record<Timeframe, string> = {
  '15m': `${SWEEP_DELAY_SECONDS} */15 * * * *`,
  '1h': `${SWEEP_DELAY_SECONDS} 0 * * * *`,
  '4h': `${SWEEP_DELAY_SECONDS} 0 */4 * * *`,
  '1d': `${SWEEP_DELAY_SECONDS} 0 0 * * *`,
};
export const OUTCOMES_SCHEDULE = `${OUTCOMES_DELAY_SECONDS} */15 * * * *`;
/** Pruning runs at a quiet moment: 03:40 UTC, between the hourly sweeps and the outcome runs. */
export const PRUNE_SCHEDULE = '0 40 3 * * *';

/** The daily digest fires on the hour DIGEST_HOUR_UTC; what it reports ends at that moment, whenever it runs. */
export function digestSchedule(hourUtc: number): string {
  return `0 0 ${hourUtc} * * *`;
}

/** Candles are aligned to the Unix epoch, so schedules are read in UTC. */
const TASK_OPTIONS = { timezone: 'Etc/UTC', noOverlap: true } as const;

/** What a scheduled sweep does: the sweep, then the watch is told how it went. Never throws. */
export async function watchedSweep(
  { jobs, watch, log }: { jobs: Jobs; watch: SweepWatch; log: Logger },
  timeframe: Timeframe,
  now: number,
): Promise<void> {
  let result: { report: SweepReport } | { error: unknown };
  try {
    result = { report: await jobs.sweep(timeframe, now) };
  } catch (error) {
    log.error({ err: error, timeframe }, 'sweep failed');
    result = { error };
  }
  await watch.record(timeframe, result);
}

export interface ScheduledJobs {
  stop(): Promise<void>;
}

/** Queues the digest due at `now`; a failure is logged, and the next run or restart tries again. */
function queueDigest(jobs: Jobs, now: number, log: Logger): void {
  try {
    jobs.digest(now);
  } catch (error) {
    log.error({ err: error }, 'digest job failed');
  }
}

/**
 * One node-cron task per timeframe for its sweep, one each for the outcome job, the daily digest and pruning.
 * Each run reads the injected clock and handles its own errors (bot.catch does not cover them); sweeps
 * report to the watch, which tells admins when they keep failing. The digest due last is also queued at
 * start, so one missed while the process was down still goes out; it is queued once per chat and day.
 */
export function scheduleJobs({
  jobs,
  watch,
  now,
  digestHourUtc,
  log,
}: {
  jobs: Jobs;
  watch: SweepWatch;
  now: () => number;
  /** DIGEST_HOUR_UTC. */
  digestHourUtc: number;
  log: Logger;
}): ScheduledJobs {
  const sweeps = TIMEFRAMES.map((timeframe) =>
    cron.schedule(SWEEP_SCHEDULES[timeframe], () => watchedSweep({ jobs, watch, log }, timeframe, now()), {
      ...TASK_OPTIONS,
      name: `sweep-${timeframe}`,
    }),
  );
  const outcomes = cron.schedule(
    OUTCOMES_SCHEDULE,
    async () => {
      await jobs.resolveOutcomes(now()).catch((error: unknown) => log.error({ err: error }, 'outcome job failed'));
    },
    { ...TASK_OPTIONS, name: 'outcomes' },
  );
  const digest = cron.schedule(digestSchedule(digestHourUtc), () => queueDigest(jobs, now(), log), {
    ...TASK_OPTIONS,
    name: 'digest',
  });
  queueDigest(jobs, now(), log);
  const prune = cron.schedule(
    PRUNE_SCHEDULE,
    () => {
      try {
        jobs.prune(now());
      } catch (error) {
        log.error({ err: error }, 'prune job failed');
      }
    },
    { ...TASK_OPTIONS, name: 'prune' },
  );
  const tasks: ScheduledTask[] = [...sweeps, outcomes, digest, prune];
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
    },
  };
}
