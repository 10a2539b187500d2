import type { Transformer } from 'grammy';
import type { Metrics } from '../app/metrics.js';

/**
 * Counts each 429 Telegram answers into signals_rate_limited_total{source="telegram"}. Installed before
 * auto-retry, so it sees every 429, including those auto-retry then waits out and hides.
 */
export function countRateLimits(metrics: Metrics): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok && result.error_code === 429) metrics.rateLimited.inc({ source: 'telegram' });
    return result;
  };
}
