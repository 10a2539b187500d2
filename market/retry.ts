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
}

/** What is being attempted, for error messages and for turning BadSymbol into UnknownSymbolError. */
export interface RetryContext {
  action: string;
  symbol?: string;
  suggest?: (symbol: string) => string[];
}

const DEFAULTS = { retries: 3, baseDelayMs: 500, maxDelayMs: 8_000 };

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

/** Runs `fn`, retrying network errors with exponential backoff; failures leave as market errors. */
export async function withRetry<T>(
  fn: () => Promise<T>,
  context: RetryContext,
  options: RetryOptions = {},
): Promise<T> {
  const { retries, baseDelayMs, maxDelayMs } = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? realSleep;
  for (let retry = 1; ; retry++) {
    try {
      return await fn();
    } catch (error) {
      if (isRateLimited(error)) options.onRateLimited?.();
      if (!isRetryable(error) || retry > retries) throw toMarketError(error, context, retry);
      await sleep(backoffDelay(retry, baseDelayMs, maxDelayMs));
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
