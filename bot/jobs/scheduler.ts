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

/**
 * One node-cron task per timeframe for its sweep and one for the outcome job. Each run reads the injected
 * clock and handles its own errors (bot.catch does not cover them); sweeps report to the watch, which
 * tells admins when they keep failing.
 */
export function scheduleJobs({ jobs, watch, now, log }: { jobs: Jobs; watch: SweepWatch; now: () => number; log: Logger }): ScheduledJobs {
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
  const tasks: ScheduledTask[] = [...sweeps, outcomes];
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
    },
  };
}
