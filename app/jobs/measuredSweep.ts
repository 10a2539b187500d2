import type { Timeframe } from '../../market/timeframes.js';
import type { Metrics } from '../metrics.js';
import type { SweepReport } from './sweep.js';
import { sweepFailure } from './sweepWatch.js';

/** Runs `sweep` and records its duration, its failed pairs, and whether it failed as a whole. */
export async function measuredSweep(metrics: Metrics, timeframe: Timeframe, sweep: () => Promise<SweepReport>): Promise<SweepReport> {
  const stopTimer = metrics.sweepSeconds.startTimer({ timeframe });
  try {
    const report = await sweep();
    metrics.sweepFailures.inc({ timeframe, scope: 'pair' }, report.failures.length);
    if (sweepFailure({ report }) !== null) metrics.sweepFailures.inc({ timeframe, scope: 'sweep' });
    return report;
  } catch (error) {
    metrics.sweepFailures.inc({ timeframe, scope: 'sweep' });
    throw error;
  } finally {
    stopTimer();
  }
}
