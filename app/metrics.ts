import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ModelCallListener } from '../inference/batchPrediction.js';
import type { CacheLookupListener } from '../market/candleCache.js';
import { TIMEFRAMES } from '../market/timeframes.js';
import { histogramQuantile, type Bucket } from './histogramQuantile.js';

const PREFIX = 'signals_';
/** Answer times from a cache hit (~ms) to a cold ccxt call or a chart (~s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Where a request came in. */
export type Door = 'telegram' | 'http';
export const DELIVERY_RESULTS = ['sent', 'retry', 'failed', 'dropped'] as const;

/** Answer times of one door since start, estimated from its histogram. */
export interface RequestTimes {
  /** Requests the figures cover. */
  count: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * The process's Prometheus series, in one registry: /metrics serves it and /health reads it. Each door and
 * job records into it; what is read at scrape time (outbox depth) is set by a collect callback.
 */
export class Metrics {
  readonly registry = new Registry();

  /** A request's handling time by door (telegram, http) and route (the command, or the route pattern). */
  readonly requestSeconds = new Histogram({
    name: `${PREFIX}request_duration_seconds`,
    help: 'Time to answer a request, by door (telegram, http) and command or route.',
    labelNames: ['door', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  /** One batched ONNX call, by timeframe: a sweep's pairs share one, a /predict makes its own. */
  readonly modelCallSeconds = new Histogram({
    name: `${PREFIX}model_call_duration_seconds`,
    help: 'Time of one batched direction-model (ONNX) call, by timeframe.',
    labelNames: ['timeframe'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly sweepSeconds = new Histogram({
    name: `${PREFIX}sweep_duration_seconds`,
    help: 'Time of one alert sweep, by timeframe.',
    labelNames: ['timeframe'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  /** Pairs a sweep could not predict (scope=pair), and sweeps that failed as a whole (scope=sweep). */
  readonly sweepFailures = new Counter({
    name: `${PREFIX}sweep_failures_total`,
    help: 'Sweep failures by timeframe and scope: pair (a pair could not be predicted), sweep (the sweep could not run, or every pair failed).',
    labelNames: ['timeframe', 'scope'] as const,
    registers: [this.registry],
  });

  private readOutboxPending: () => number = () => 0;

  readonly outboxPending: Gauge = new Gauge({
    name: `${PREFIX}outbox_pending`,
    help: 'Deliveries waiting in the outbox (alerts, outcome replies, digests).',
    registers: [this.registry],
    collect: () => this.outboxPending.set(this.readOutboxPending()),
  });

  /**
   * What became of each delivery attempt: sent, retry (a 429, a 5xx or the network; it goes again),
   * failed (for good) or dropped (the chat is gone; its other pending deliveries are dropped with it).
   */
  readonly deliveries = new Counter({
    name: `${PREFIX}deliveries_total`,
    help: 'Outbox deliveries by result: sent, retry, failed, dropped.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  /** 429 answers met, by who sent them (telegram, exchange). */
  readonly rateLimited = new Counter({
    name: `${PREFIX}rate_limited_total`,
    help: '429 (too many requests) answers met, by source: telegram, exchange.',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  readonly candleCache = new Counter({
    name: `${PREFIX}candle_cache_requests_total`,
    help: 'Candle requests by cache result: hit, miss.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  /** The listeners the market and inference layers report through (they may not import app/). */
  readonly onCacheLookup: CacheLookupListener = (result) => this.candleCache.inc({ result });
  readonly onModelCall: ModelCallListener = (timeframe, seconds) => this.modelCallSeconds.observe({ timeframe }, seconds);
  readonly onExchangeRateLimited = (): void => this.rateLimited.inc({ source: 'exchange' });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    // The counters' series exist from the start, so a dashboard shows 0 rather than "no data".
    for (const timeframe of TIMEFRAMES) for (const scope of ['pair', 'sweep']) this.sweepFailures.inc({ timeframe, scope }, 0);
    for (const result of DELIVERY_RESULTS) this.deliveries.inc({ result }, 0);
    for (const source of ['telegram', 'exchange']) this.rateLimited.inc({ source }, 0);
    for (const result of ['hit', 'miss']) this.candleCache.inc({ result }, 0);
  }

  /** p50 and p95 of every request of `door` since start, from requestSeconds' buckets; null before the first. */
  async requestTimes(door: Door): Promise<RequestTimes | null> {
    const cumulative = new Map<number, number>();
    for (const { metricName, labels, value } of (await this.requestSeconds.get()).values) {
      if (!metricName?.endsWith('_bucket') || labels.door !== door) continue;
      // prom-client adds `le` to the bucket series' labels: a number, or '+Inf'.
      const { le } = labels as { le?: number | string };
      const bound = le === '+Inf' ? Infinity : Number(le);
      cumulative.set(bound, (cumulative.get(bound) ?? 0) + value);
    }
    const buckets: Bucket[] = [...cumulative].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
    const p50 = histogramQuantile(0.5, buckets);
    const p95 = histogramQuantile(0.95, buckets);
    if (p50 === null || p95 === null) return null;
    return { count: buckets.at(-1)!.count, p50Ms: p50 * 1000, p95Ms: p95 * 1000 };
  }

  /** Time since the process started, by the process metrics' start time. */
  async uptimeMs(now = Date.now()): Promise<number> {
    const startTime = await this.registry.getSingleMetric(`${PREFIX}process_start_time_seconds`)?.get();
    const startedAt = startTime?.values[0]?.value;
    if (startedAt === undefined) throw new Error('the registry has no process start time');
    return Math.max(0, now - startedAt * 1000);
  }

  /** Reads `pending()` at each scrape. */
  watchOutbox(pending: () => number): void {
    this.readOutboxPending = pending;
  }

  /** The text /metrics serves. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
