/**
 * The global send pace: a token bucket that holds one token, so sends are spaced evenly and never come in
 * a burst; any second then holds at most `perSecond` of them. A 429's retry_after moves the next token
 * later for everyone. The clock is injected so tests never wait.
 */
export class Pace {
  /** Whole milliseconds, rounded up: the pace never drifts above `perSecond`. */
  private readonly intervalMs: number;
  private nextAt = Number.NEGATIVE_INFINITY;

  constructor(perSecond: number, private readonly now: () => number) {
    this.intervalMs = Math.ceil(1000 / perSecond);
  }

  /** Milliseconds until the next send may go out; 0 when it may go now. */
  waitMs(): number {
    return Math.max(0, this.nextAt - this.now());
  }

  /** A send goes out now: the next one waits one interval. */
  take(): void {
    this.nextAt = Math.max(this.nextAt, this.now()) + this.intervalMs;
  }

  /** Nothing goes out before `until` (Telegram asked us to wait). */
  pauseUntil(until: number): void {
    this.nextAt = Math.max(this.nextAt, until);
  }
}
