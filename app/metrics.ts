import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { TIMEFRAMES } from '../market/timeframes.js';

const PREFIX = 'signals_';
/** Answer times from a cache hit (~ms) to a cold ccxt call or a chart (~s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

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

  /** One batched ONNX call, by timeframe. */
  readonly modelCallSeconds = new Histogram({
    name: `${PREFIX}model_call_duration_seconds`,
    help: 'Time of one batched model call (features and ONNX), by timeframe.',
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

  /** Pairs a sweep could not predict, and sweeps that could not run at all (pair="*"). */
  readonly sweepFailures = new Counter({
    name: `${PREFIX}sweep_failures_total`,
    help: 'Sweep failures by timeframe: pairs that could not be predicted, and whole sweeps that could not run.',
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

  /** What became of each delivery attempt: sent, retry, failed (for good) or dropped (the chat is gone). */
  readonly deliveries = new Counter({
    name: `${PREFIX}deliveries_total`,
    help: 'Delivery attempts by result: sent, retry, failed, dropped.',
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

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    // Zero series exist from the start, so a dashboard shows 0 rather than "no data".
    for (const timeframe of TIMEFRAMES) for (const scope of ['pair', 'sweep']) this.sweepFailures.labels(timeframe, scope);
    for (const result of ['sent', 'retry', 'failed', 'dropped']) this.deliveries.labels(result);
    for (const source of ['telegram', 'exchange']) this.rateLimited.labels(source);
    for (const result of ['hit', 'miss']) this.candleCache.labels(result);
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
