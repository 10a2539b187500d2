export interface AnswerTimeStats {
  /** Updates the figures cover. */
  count: number;
  p50Ms: number;
  p95Ms: number;
}

/** How long the last `capacity` updates took to handle, kept in a ring buffer for /health. */
export class AnswerTimes {
  private readonly samples: number[] = [];
  private next = 0;

  constructor(readonly capacity = 200) {}

  record(ms: number): void {
    if (this.samples.length < this.capacity) this.samples.push(ms);
    else this.samples[this.next] = ms;
    this.next = (this.next + 1) % this.capacity;
  }

  /** Nearest-rank percentiles of the kept samples; null before the first update. */
  stats(): AnswerTimeStats | null {
    if (this.samples.length === 0) return null;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
    return { count: sorted.length, p50Ms: rank(0.5), p95Ms: rank(0.95) };
  }
}
