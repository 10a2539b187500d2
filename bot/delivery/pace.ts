/**
 * The global send pace: sends go out on a grid of slots `intervalMs` apart, so they are spaced evenly and
 * never come in a burst. A send that leaves a little after its slot (a timer firing late, a busy event
 * loop) keeps the grid, so the lateness does not add up over a long fan-out; one that leaves later than
 * `slackMs` after its slot (an idle queue, a slow send) starts a new grid. Either way any `perSecond` + 1
 * sends in a row span more than a second, so no second holds more than `perSecond`. A 429's retry_after
 * moves the next slot later for everyone. The clock is injected so tests never wait.
 */
export class Pace {
  /** Whole milliseconds, rounded up: the pace never drifts above `perSecond`. */
  private readonly intervalMs: number;
  /**
   * How late a send may leave and still keep the grid: a timer's usual lateness. The rounding up leaves
   * room in a second (30 × 34 ms − 1000 ms = 20 ms); slot k+1 ≥ send k − slack + interval then keeps any
   * `perSecond` sends in a row at least 1000 ms + (room − slack) apart. A quarter of the room is slack;
   * the rest is left for the network's jitter, so the sends also arrive at most `perSecond` a second.
   */
  private readonly slackMs: number;
  private nextAt = Number.NEGATIVE_INFINITY;

  constructor(perSecond: number, private readonly now: () => number) {
    this.intervalMs = Math.ceil(1000 / perSecond);
    this.slackMs = (perSecond * this.intervalMs - 1000) / 4;
  }

  /** Milliseconds until the next send may go out; 0 when it may go now. */
  waitMs(): number {
    return Math.max(0, this.nextAt - this.now());
  }

  /** A send goes out now: the next one waits for the next slot. */
  take(): void {
    const now = this.now();
    this.nextAt = (now - this.nextAt <= this.slackMs ? this.nextAt : now) + this.intervalMs;
  }

  /** Nothing goes out before `until` (Telegram asked us to wait). */
  pauseUntil(until: number): void {
    this.nextAt = Math.max(this.nextAt, until);
  }
}
