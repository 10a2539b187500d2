import { join } from 'node:path';
import { alertRarity } from '../inference/alertRarity.js';
import { describeModels } from '../inference/models/modelReport.js';
import { ModelRegistry } from '../inference/models/registry.js';
import { SignalService } from '../inference/signalService.js';
import { PERFORMANCE_HISTORY_MS, performanceReport } from '../inference/performance.js';
import type { RecentCandles } from '../inference/status/status.js';
import { CachedMarketSource, CandleCache } from '../market/candleCache.js';
import { CcxtMarketSource } from '../market/ccxtSource.js';
import { ReplayMarketSource } from '../market/replaySource.js';
import type { MarketSource } from '../market/source.js';
import { openDatabase, type SqliteDatabase } from '../storage/database.js';
import { AlertOutbox } from '../storage/alertOutbox.js';
import { DailyDigests } from '../storage/dailyDigests.js';
import { MoodSnapshotsRepository } from '../storage/moodSnapshotsRepository.js';
import { OutcomeReplies } from '../storage/outcomeReplies.js';
import { OutcomesRepository } from '../storage/outcomesRepository.js';
import { PaperTradesRepository } from '../storage/paperTradesRepository.js';
import { SignalsRepository } from '../storage/signalsRepository.js';
import { SubscriptionsRepository } from '../storage/subscriptionsRepository.js';
import type { Config } from './config.js';
import type { AppServices } from './services.js';
import { AppEvents } from './events.js';
import { healthCheck } from './healthCheck.js';
import { createJobs, sweepNow, type Jobs } from './jobs/jobs.js';
import { readMood } from './jobs/moodKeeper.js';
import { Metrics } from './metrics.js';
import type { Logger } from './logger.js';
import { RateLimiter } from './rateLimiter.js';
import { loadRisk } from './loadRisk.js';
import { toSignalRecord } from './signalRecord.js';
import { predictPairs } from './pairPredictions.js';

/** Everything the process runs on, built once from the config; the bot and the console share it. */
export interface App {
  services: AppServices;
  service: SignalService;
  market: CachedMarketSource;
  db: SqliteDatabase;
  signals: SignalsRepository;
  /** Who gets alerts: the sweep reads subscribedPairs() and signalSubscribers(). */
  subscriptions: SubscriptionsRepository;
  /** Where the sweep puts alerts (enqueueAlert); the delivery worker drains it. */
  outbox: AlertOutbox;
  /** The sweep, the outcome job and the digest; cron (app/jobs/scheduler.ts), /sweep and tests call them. */
  jobs: Jobs;
  /** The Prometheus registry every part records into; /metrics serves it. */
  metrics: Metrics;
  /** Candle closes, alerts and outcomes as they happen; the HTTP door streams them to open pages. */
  events: AppEvents;
  /** Loads what the first market request would otherwise wait for (ccxt); throws for an unknown exchange id. */
  warmUp(): void;
  close(): Promise<void>;
}

type AppConfig = Pick<
  Config,
  | 'EXCHANGE_ID' | 'EXCHANGE_API_URL' | 'EXCHANGE_TIMEOUT_MS' | 'REPLAY_DATA_DIR' | 'DATA_DIR' | 'MODELS_DIR'
  | 'RATE_LIMIT_REQUESTS' | 'RATE_LIMIT_WINDOW_SECONDS' | 'STATUS_PAIR'
  | 'ALERT_DEFAULT_TIMEFRAME' | 'ALERT_MIN_CONFIDENCE' | 'DIGEST_HOUR_UTC' | 'RETENTION_DAYS'
>;

function marketSource(config: AppConfig, now: () => number, metrics: Metrics): MarketSource {
  if (config.REPLAY_DATA_DIR) return new ReplayMarketSource({ dir: config.REPLAY_DATA_DIR, now });
  const retry = { onRateLimited: metrics.onExchangeRateLimited };
  return new CcxtMarketSource({ exchangeId: config.EXCHANGE_ID, apiUrl: config.EXCHANGE_API_URL, timeoutMs: config.EXCHANGE_TIMEOUT_MS, now, retry });
}

export async function createApp(config: AppConfig, log: Logger, now: () => number = Date.now): Promise<App> {
  const registry = await ModelRegistry.load(config.MODELS_DIR);
  for (const refusal of registry.rejected) log.error({ file: refusal.file }, refusal.message);
  log.info({ models: registry.models.map((m) => m.metadata.model_version) }, 'models loaded');
  const metrics = new Metrics();
  const source = marketSource(config, now, metrics);
  const market = new CachedMarketSource(source, new CandleCache(now), metrics.onCacheLookup);
  const service = new SignalService({ market, registry, now, onModelCall: metrics.onModelCall });
  const risk = await loadRisk(config.MODELS_DIR, market, log);
  const db = openDatabase(join(config.DATA_DIR, 'signals.sqlite'));
  const signals = new SignalsRepository(db, now);
  const subscriptions = new SubscriptionsRepository(db, now);
  const outbox = new AlertOutbox(db, now);
  metrics.watchOutbox(() => outbox.counts().pending);
  const outcomes = new OutcomesRepository(db, now);
  const paperTrades = new PaperTradesRepository(db);
  const moods = new MoodSnapshotsRepository(db);
  const recentCandles: RecentCandles = (symbol, timeframe, count) => service.recentCandles(symbol, timeframe, count);
  const mood = { recentCandles, statusPair: config.STATUS_PAIR, paperTrades, moods };
  const events = new AppEvents();
  const jobs = createJobs({
    sweep: {
      predictMany: (requests) => service.predictMany(requests),
      db, signals, subscriptions, outbox, paperTrades,
      minConfidence: config.ALERT_MIN_CONFIDENCE,
      log,
    },
    outcomes: { recentCandles, db, outcomes, paperTrades, replies: new OutcomeReplies(db, now), log },
    mood,
    digest: { digests: new DailyDigests(db, now), outcomes, hourUtc: config.DIGEST_HOUR_UTC, log },
    retention: { db, days: config.RETENTION_DAYS },
    metrics,
    events,
    log,
  });
  const services: AppServices = {
    log,
    risk,
    async predict(symbol, timeframe) {
      const prediction = await service.predict(symbol, timeframe);
      signals.record(toSignalRecord(prediction, 'request'));
      return prediction;
    },
    predictPairs: (timeframe, symbols) => predictPairs({ service, signals }, timeframe, symbols),
    followedPairs: () => service.followedPairs(),
    signalHistory: (query) => signals.page(query),
    async predictAll(symbol) {
      const summary = await service.predictAll(symbol);
      for (const call of summary.calls) if ('prediction' in call) signals.record(toSignalRecord(call.prediction, 'request'));
      return summary;
    },
    async explain(symbol, timeframe) {
      const explanation = await service.explain(symbol, timeframe);
      signals.record(toSignalRecord(explanation.prediction, 'request'));
      return explanation;
    },
    models: () => describeModels(service.registry),
    health: healthCheck({ source, cache: market.cache, metrics, log }),
    metrics,
    recentCandles: (symbol, timeframe, count) => service.recentCandles(symbol, timeframe, count),
    status: async () => {
      const report = await readMood(mood, now());
      const position = paperTrades.openPosition(report.market.symbol);
      try {
        const policy = await service.recommend(report.market.symbol, position, report.market.timeframe);
        return { ...report, policy, policyFailed: false };
      } catch (err) {
        log.warn({ err, symbol: report.market.symbol }, 'status: the policy could not run');
        return { ...report, policy: null, policyFailed: true };
      }
    },
    reloadModels: () => service.reloadModels(),
    rateLimiter: new RateLimiter(
      { requests: config.RATE_LIMIT_REQUESTS, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 },
      now,
    ),
    alerts: {
      subscriptions,
      resolveSymbol: (symbol) => service.resolveSymbol(symbol),
      defaultTimeframe: config.ALERT_DEFAULT_TIMEFRAME,
      alertRarity: (timeframe) => {
        // The pooled model: the line speaks for the timeframe, whichever pairs the chat follows.
        const model = service.registry.pooledModel(timeframe);
        return model && alertRarity(model.metadata, config.ALERT_MIN_CONFIDENCE);
      },
    },
    alertHistory: (query) => outcomes.alertResults(now() - PERFORMANCE_HISTORY_MS, query.timeframe).filter((a) => !query.symbol || a.symbol === query.symbol),
    performance: (timeframe) => {
      const since = now() - PERFORMANCE_HISTORY_MS;
      return performanceReport(outcomes.alertResults(since, timeframe ?? undefined), moods.since(since), timeframe, now());
    },
    sweep: (timeframe) => sweepNow(jobs, timeframe, now()),
  };
  return {
    services,
    service,
    market,
    db,
    signals,
    subscriptions,
    outbox,
    jobs,
    metrics,
    events,
    warmUp() {
      if (source instanceof CcxtMarketSource) source.exchange();
    },
    async close() {
      await service.registry.close();
      db.close();
    },
  };
}
