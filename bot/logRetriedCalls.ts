import type { Transformer } from 'grammy';
import type { Logger } from '../app/logger.js';
import { loggable } from './userErrors.js';

/** Calls that grammY and the runner retry by themselves, silently: getMe at start-up and getUpdates when polling. */
const RETRIED_SILENTLY: ReadonlySet<string> = new Set(['getMe', 'getUpdates']);

/**
 * Logs each failed attempt of those calls, a network error or an error answer, through the redacting logger
 * (the error's URL, which holds the token, never reaches the log), so an unreachable or failing Bot API shows
 * up as a warning, not silence. A 401 or 409 is logged too, just before grammY or the runner gives up.
 */
export function logRetriedCalls(log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    const watched = RETRIED_SILENTLY.has(method);
    try {
      const result = await prev(method, payload, signal);
      if (watched && !result.ok) log.warn({ method, error: `${result.error_code}: ${result.description}` }, `${method} failed; retrying`);
      return result;
    } catch (error) {
      if (watched && !signal?.aborted) log.warn({ err: loggable(error), method }, `${method} failed; retrying`);
      throw error;
    }
  };
}
