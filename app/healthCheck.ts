import type { CandleCache } from '../market/candleCache.js';
import { probeMarket, type MarketProbe } from '../market/probe.js';
import type { MarketSource } from '../market/source.js';
import type { Logger } from './logger.js';
import type { Metrics, RequestTimes } from './metrics.js';

/** /health: is the process well, as data. */
export interface HealthReport {
  uptimeMs: number;
  exchange: MarketProbe;
  /** Age of the oldest candle-cache entry still in use; null when the cache holds none. */
  cacheAgeMs: number | null;
  /** How fast the bot has answered Telegram updates since start; null before the first. */
  answers: RequestTimes | null;
}

export interface HealthSources {
  /** The market source under the candle cache, so the probe really reaches the exchange. */
  source: MarketSource;
  cache: CandleCache;
  /** Where uptime and answer times come from, as /metrics shows them. */
  metrics: Metrics;
  log: Logger;
  probeTimeoutMs?: number;
}

/** A short wait: /health must answer even when the exchange does not. */
const PROBE_TIMEOUT_MS = 5_000;

export function healthCheck(sources: HealthSources): () => Promise<HealthReport> {
  return async () => {
    const exchange = await probeMarket(sources.source, sources.probeTimeoutMs ?? PROBE_TIMEOUT_MS);
    if (!exchange.reachable) {
      sources.log.warn({ source: sources.source.name, problem: exchange.problem, err: exchange.error }, 'exchange probe failed');
    }
    return {
      uptimeMs: await sources.metrics.uptimeMs(),
      exchange,
      cacheAgeMs: sources.cache.oldestEntryAgeMs() ?? null,
      answers: await sources.metrics.requestTimes('telegram'),
    };
  };
}
