export interface RateLimit {
  /** Requests one client may make in one window; 0 turns the limit off. */
  requests: number;
  windowMs: number;
}

export type RateDecision =
  | { allowed: true }
  /** `firstRefusal`: the first refusal since the client's last allowed request, the one worth answering. */
  | { allowed: false; retryInMs: number; firstRefusal: boolean };

interface BucketState {
  /** When the client's bucket is full again; each request moves it one interval later. */
  fullAt: number;
  /** Refused since the last request that got through. */
  warned: boolean;
}

/** Above this many clients tracked, those whose bucket is full again are forgotten. */
const MAX_TRACKED_CLIENTS = 10_000;

/**
 * A token bucket per client (a Telegram user or chat, keyed by the door): a burst of `requests` passes, then one more every windowMs / requests. The
 * bucket is kept as the time it is full again (the GCRA form), so no fraction of a token drifts. The
 * clock is injected so tests never wait.
 */
export class RateLimiter {
  private readonly clients = new Map<string, BucketState>();
  /** Time one request costs. */
  private readonly interval: number;

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {
    this.interval = limit.windowMs / limit.requests;
  }

  /** Takes one request from the client's bucket, or says how long until one is back. */
  take(client: string): RateDecision {
    if (this.limit.requests === 0) return { allowed: true };
    const now = this.now();
    const state = this.state(client, now);
    const fullAt = Math.max(state.fullAt, now) + this.interval;
    if (fullAt - now <= this.limit.windowMs) {
      state.fullAt = fullAt;
      state.warned = false;
      return { allowed: true };
    }
    const firstRefusal = !state.warned;
    state.warned = true;
    return { allowed: false, retryInMs: Math.ceil(fullAt - this.limit.windowMs - now), firstRefusal };
  }

  private state(client: string, now: number): BucketState {
    let state = this.clients.get(client);
    if (!state) {
      if (this.clients.size >= MAX_TRACKED_CLIENTS) this.forget(now);
      state = { fullAt: now, warned: false };
      this.clients.set(client, state);
    }
    return state;
  }

  /** Forgets clients whose bucket is full again; if all are busy, the longest-tracked one, so memory stays bounded. */
  private forget(now: number): void {
    for (const [client, s] of this.clients) if (s.fullAt <= now) this.clients.delete(client);
    if (this.clients.size >= MAX_TRACKED_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
  }

  /** Clients tracked now (at most MAX_TRACKED_CLIENTS). */
  get tracked(): number {
    return this.clients.size;
  }
}
