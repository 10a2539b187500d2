import { ccxt } from './ccxtLibrary.js';
import { MarketDataError, UnknownSymbolError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (so `retries + 1` calls at most). */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told of each rate-limit answer (RateLimitExceeded, DDoSProtection: a 429 or 418), retried or not. */
  onRateLimited?: () => void;
  /** The server's Retry-After after a rate-limit answer, in ms, when it sent one. */
  retryAfterMs?: () => number | undefined;
}

/** What is being attempted, for error messages and for turning BadSymbol into UnknownSymbolError. */
export interface RetryContext {
  action: string;
  symbol?: string;
  suggest?: (symbol: string) => string[];
}

const DEFAULTS = { retries: 3, baseDelayMs: 500, maxDelayMs: 8_000 };

/**
 * A rate-limited request is retried once, after the server's Retry-After or RATE_LIMIT_PAUSE_MS, whichever is
 * longer, but never after more than MAX_RATE_LIMIT_PAUSE_MS, so a user waits a few seconds at most; a second
 * rate-limit answer is not retried (hammering a server that asked us to slow down gets an IP banned).
 */
export const RATE_LIMIT_PAUSE_MS = 2_000;
export const MAX_RATE_LIMIT_PAUSE_MS = 5_000;

export function rateLimitDelay(retryAfterMs: number | undefined): number {
  return Math.min(MAX_RATE_LIMIT_PAUSE_MS, Math.max(RATE_LIMIT_PAUSE_MS, retryAfterMs ?? 0));
}

/** A Retry-After header (seconds, or an HTTP date) in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Network-class ccxt errors (timeouts, 5xx, rate limits, dropped sockets) are transient, so they are
 * retried; an exchange answering "no" (BadSymbol, other ExchangeErrors) would answer the same again.
 */
export function isRetryable(error: unknown): boolean {
  return error instanceof ccxt().NetworkError;
}

/** The exchange asked us to slow down; ccxt's RateLimitExceeded is not a DDoSProtection, so both are checked. */
export function isRateLimited(error: unknown): boolean {
  return error instanceof ccxt().RateLimitExceeded || error instanceof ccxt().DDoSProtection;
}

/** Delay before retry number `retry` (1-based): base, 2·base, 4·base, ... capped. */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
}

/**
 * Runs `fn`, retrying network errors with exponential backoff and a rate-limit answer once after a longer
 * pause (rateLimitDelay); failures leave as market errors.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  context: RetryContext,
  options: RetryOptions = {},
): Promise<T> {
  const { retries, baseDelayMs, maxDelayMs } = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? realSleep;
  let rateLimits = 0;
  for (let retry = 1; ; retry++) {
    try {
      return await fn();
    } catch (error) {
      const limited = isRateLimited(error);
      if (limited) {
        rateLimits++;
        options.onRateLimited?.();
      }
      if (!isRetryable(error) || retry > retries || rateLimits > 1) throw toMarketError(error, context, retry);
      await sleep(limited ? rateLimitDelay(options.retryAfterMs?.()) : backoffDelay(retry, baseDelayMs, maxDelayMs));
    }
  }
}

/** Maps an error to the market layer's own classes; ours pass through unchanged. */
export function toMarketError(error: unknown, context: RetryContext, attempts = 1): Error {
  if (error instanceof MarketDataError || error instanceof UnknownSymbolError) return error;
  if (error instanceof ccxt().BadSymbol && context.symbol !== undefined) {
    return new UnknownSymbolError(context.symbol, context.suggest?.(context.symbol) ?? []);
  }
  const reason = error instanceof Error ? error.message : String(error);
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  return new MarketDataError(`${context.action} failed${tries}: ${reason}`, { cause: error });
}
