export interface RateLimit {
  /** Requests a user may make in one window; 0 turns the limit off. */
  requests: number;
  windowMs: number;
}

export type RateDecision =
  | { allowed: true }
  /** `firstRefusal`: the first refusal since the user's last allowed request, the one worth answering. */
  | { allowed: false; retryInMs: number; firstRefusal: boolean };

interface UserState {
  /** When the user's bucket is full again; each request moves it one interval later. */
  fullAt: number;
  /** Refused since the last request that got through. */
  warned: boolean;
}

/** Above this many users tracked, users whose bucket is full again are forgotten. */
const MAX_TRACKED_USERS = 10_000;

/**
 * A token bucket per user: a burst of `requests` passes, then one more every windowMs / requests. The
 * bucket is kept as the time it is full again (the GCRA form), so no fraction of a token drifts. The
 * clock is injected so tests never wait.
 */
export class RateLimiter {
  private readonly users = new Map<number, UserState>();
  /** Time one request costs. */
  private readonly interval: number;

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {
    this.interval = limit.windowMs / limit.requests;
  }

  /** Takes one request from the user's bucket, or says how long until one is back. */
  take(userId: number): RateDecision {
    if (this.limit.requests === 0) return { allowed: true };
    const now = this.now();
    const state = this.state(userId, now);
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

  private state(userId: number, now: number): UserState {
    let state = this.users.get(userId);
    if (!state) {
      if (this.users.size >= MAX_TRACKED_USERS) {
        for (const [id, s] of this.users) if (s.fullAt <= now) this.users.delete(id);
      }
      state = { fullAt: now, warned: false };
      this.users.set(userId, state);
    }
    return state;
  }
}
