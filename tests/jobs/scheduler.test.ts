import { createTask } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { digestMoment } from '../../app/jobs/digest.js';
import { OUTCOMES_SCHEDULE, SWEEP_DELAY_SECONDS, SWEEP_SCHEDULES, digestSchedule } from '../../app/jobs/scheduler.js';
import { TIMEFRAMES, nextCandleClose, timeframeMs } from '../../market/timeframes.js';

/** Whether a schedule fires at `time` (UTC, as the scheduler reads it). */
function fires(expression: string, time: number): boolean {
  const task = createTask(expression, () => undefined, { timezone: 'Etc/UTC' });
  try {
    return task.match(new Date(time));
  } finally {
    void task.destroy();
  }
}

describe('the job schedules', () => {
  const START = Date.UTC(2026, 10, 20, 12, 34, 56);
  const DELAY = SWEEP_DELAY_SECONDS * 1000;

  it('sweeps each timeframe a few seconds after each of its candles closes, and at no other time', () => {
    for (const timeframe of TIMEFRAMES) {
      let close = nextCandleClose(START, timeframe);
      for (let k = 0; k < 3; k++, close += timeframeMs(timeframe)) {
        expect(fires(SWEEP_SCHEDULES[timeframe], close + DELAY), `${timeframe} at ${new Date(close).toISOString()}`).toBe(true);
        expect(fires(SWEEP_SCHEDULES[timeframe], close + DELAY - 1000)).toBe(false);
        // Half a candle later nothing closes, so nothing fires.
        expect(fires(SWEEP_SCHEDULES[timeframe], close + timeframeMs(timeframe) / 2 + DELAY)).toBe(false);
      }
    }
  });

  it('walks the outcomes every 15 minutes, after the sweeps of that moment', () => {
    const close = nextCandleClose(START, '15m');
    expect(fires(OUTCOMES_SCHEDULE, close + 30_000)).toBe(true);
    expect(fires(OUTCOMES_SCHEDULE, close + DELAY)).toBe(false);
  });

  it('sends the digest once a day at DIGEST_HOUR_UTC, for the 24 h that end on that hour', () => {
    const eight = Date.UTC(2026, 10, 21, 8);
    expect(fires(digestSchedule(8), eight)).toBe(true);
    expect(fires(digestSchedule(8), eight + 1000)).toBe(false);
    expect(fires(digestSchedule(8), eight + 3_600_000)).toBe(false);
    expect(fires(digestSchedule(0), Date.UTC(2026, 10, 21))).toBe(true);
    // Whenever the job runs (late, or at a restart), it reports on the last digest hour that has passed.
    expect(digestMoment(eight, 8)).toBe(eight);
    expect(digestMoment(eight + 5 * 3_600_000, 8)).toBe(eight);
    expect(digestMoment(eight - 1, 8)).toBe(eight - 86_400_000);
  });
});
