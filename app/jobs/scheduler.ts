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
  /** Stops the schedule and resolves once every run in flight has finished. */
  stop(): Promise<void>;
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
  // Runs in flight, so stop() can wait for them: a sweep half done must finish before the database closes.
  const running = new Set<Promise<void>>();
  const schedule = (name: string, expression: string, run: () => Promise<void> | void): ScheduledTask =>
    cron.schedule(
      expression,
      () => {
        const done = Promise.resolve(run()).finally(() => running.delete(done));
        running.add(done);
        return done;
      },
      { ...TASK_OPTIONS, name },
    );
  const logged = (job: string, run: () => unknown) => async () => {
    try {
      await run();
    } catch (error) {
      log.error({ err: error }, `${job} job failed`);
    }
  };
  const tasks = [
    ...TIMEFRAMES.map((timeframe) =>
      schedule(`sweep-${timeframe}`, SWEEP_SCHEDULES[timeframe], () => watchedSweep({ jobs, watch, log }, timeframe, now())),
    ),
    schedule('outcomes', OUTCOMES_SCHEDULE, logged('outcome', () => jobs.resolveOutcomes(now()))),
    schedule('digest', digestSchedule(digestHourUtc), logged('digest', () => jobs.digest(now()))),
    schedule('prune', PRUNE_SCHEDULE, logged('prune', () => jobs.prune(now()))),
  ];
  void logged('digest', () => jobs.digest(now()))();
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.all(running);
    },
  };
}
