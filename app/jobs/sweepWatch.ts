import type { Logger } from '../logger.js';
import type { SweepReport } from './sweep.js';

/** Failed sweeps in a row before admins are told. */
export const FAILED_SWEEPS_BEFORE_NOTICE = 3;

/** An admin notice quotes at most this much of a failure's reason: an exchange may answer with a whole HTML page. */
export const NOTICE_REASON_CHARS = 300;

/** Tells every admin (ADMIN_USER_IDS) a plain-text notice; it handles its own send errors. */
export type AdminNotice = (text: string) => Promise<void>;

/**
 * Watches scheduled sweeps. A sweep failed when it could not run at all or when none of its pairs could be
 * predicted (the exchange is down, the models are gone); a few pairs failing is the sweep working. After
 * FAILED_SWEEPS_BEFORE_NOTICE failures in a row the admins get one message, and one more at the first
 * sweep that works again.
 */
export class SweepWatch {
  private failedInARow = 0;
  private noticed = false;

  constructor(private readonly notify: AdminNotice, private readonly log: Logger) {}

  async record(timeframe: string, result: { report: SweepReport } | { error: unknown }): Promise<void> {
    const failure = sweepFailure(result);
    if (failure === null) {
      this.failedInARow = 0;
      if (!this.noticed) return;
      this.noticed = false;
      await this.notify(`✅ Sweeps work again (${timeframe} just succeeded).`);
      return;
    }
    this.failedInARow++;
    this.log.warn({ timeframe, failedInARow: this.failedInARow, failure }, 'sweep failed');
    if (this.noticed || this.failedInARow < FAILED_SWEEPS_BEFORE_NOTICE) return;
    this.noticed = true;
    const reason = failure.length > NOTICE_REASON_CHARS ? `${failure.slice(0, NOTICE_REASON_CHARS)}…` : failure;
    await this.notify(`⚠️ ${this.failedInARow} sweeps failed in a row. Last (${timeframe}): ${reason}`);
  }
}

/**
 * Why a sweep failed as a whole, or null when it did not: the watch tells admins, and the metrics count
 * it as sweep_failures_total{scope="sweep"}.
 */
export function sweepFailure(result: { report: SweepReport } | { error: unknown }): string | null {
  if ('error' in result) return result.error instanceof Error ? result.error.message : String(result.error);
  const { pairs, failures } = result.report;
  if (pairs === 0 || failures.length < pairs) return null;
  return `all ${pairs} pairs failed, e.g. ${failures[0]!.symbol}: ${failures[0]!.reason}`;
}
