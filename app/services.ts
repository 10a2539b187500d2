import type { Logger } from 'pino';
import type { Candle } from '../market/candle.js';
import type { Timeframe } from '../market/timeframes.js';
import type { Prediction } from '../inference/prediction.js';
import type { RiskReport } from '../inference/risk/riskReport.js';
import type { Explanation } from '../inference/explain/explanation.js';
import type { ModelsReport } from '../inference/models/modelReport.js';
import type { MultiTimeframeSummary } from '../inference/summary.js';
import type { HealthReport } from './healthCheck.js';
import type { Metrics } from './metrics.js';
import type { ReloadResult } from '../inference/models/reload.js';
import type { StatusReply } from '../inference/status/status.js';
import type { PerformanceReport } from '../inference/performance.js';
import type { SweepNowReport } from './jobs/jobs.js';
import type { RateLimiter } from './rateLimiter.js';
import type { AlertDeps } from './alertDeps.js';
import type { PairPredictions } from './pairPredictions.js';
import type { SignalPageQuery, StoredSignal } from '../storage/signalsRepository.js';
import type { AlertResult } from '../storage/outcomesRepository.js';

/**
 * What a door (the Telegram bot, the HTTP API) needs from the rest of the process: data in, data out, never
 * HTML. Built once by createApp from real parts; tests wrap it to inject faults.
 */
export interface AppServices {
  /**
   * Prediction for an already normalised symbol ('BTC/USDT'). Throws UnknownSymbolError, MarketDataError,
   * ModelUnavailableError and friends; each door maps them to its answer (bot/userErrors.ts, api/errorReply.ts).
   */
  predict(symbol: string, timeframe: Timeframe): Promise<Prediction>;
  /**
   * Many pairs on one timeframe in one batched model call: `symbols` (normalised), or the followed pairs
   * when null. A pair that fails carries its error; the others are served. Throws MarketDataError only
   * when the followed pairs cannot be listed.
   */
  predictPairs(timeframe: Timeframe, symbols: readonly string[] | null): Promise<PairPredictions>;
  /** The pairs served when nobody names one: those the models were trained on that the market lists. */
  followedPairs(): Promise<string[]>;
  /** The stored signal history (requests and alerts), newest first. */
  signalHistory(query: SignalPageQuery): StoredSignal[];
  /** `/predict SYMBOL`: a call per timeframe and whether they agree. Throws like `predict` for the symbol or the market. */
  predictAll(symbol: string): Promise<MultiTimeframeSummary>;
  /** "Why?": the prediction for (symbol, timeframe) with the indicator readings and pushes behind it. */
  explain(symbol: string, timeframe: Timeframe): Promise<Explanation>;
  /** /model: the models serving now and the refused files. */
  models(): ModelsReport;
  /** /health: uptime, exchange reachability, candle cache age, answer times. Never throws for the exchange. */
  health(): Promise<HealthReport>;
  /** The registry /metrics serves: each door records its requests' times into it, and /health reads them back. */
  metrics: Metrics;
  /** Up to `count` latest closed candles (oldest first) for the chart under a prediction. */
  recentCandles(symbol: string, timeframe: Timeframe, count: number): Promise<Candle[]>;
  /**
   * Risk now for an already normalised symbol. Throws UnknownSymbolError, MarketDataError, and
   * RiskReferenceError when the shipped reference could not be loaded at start-up.
   */
  risk(symbol: string): Promise<RiskReport>;
  /** /status: the mood and the market of STATUS_PAIR, and the policy's call for it. Throws like `predict`. */
  status(): Promise<StatusReply>;
  /** /reload: re-reads the models folder; the old models keep serving when the new set would lose one. */
  reloadModels(): Promise<ReloadResult>;
  /** The per-user limit on /predict, /risk, /status and buttons. */
  rateLimiter: RateLimiter;
  /** /subscribe, /unsubscribe and /alerts: the chat's subscriptions and mutes, and the symbol check. */
  alerts: AlertDeps;
  /** /performance: the alert signals' outcomes over 7, 30 and 90 days, for one timeframe or all (null). */
  performance(timeframe: Timeframe | null): PerformanceReport;
  /** The alert signals of the performance window (90 days), oldest first, with their outcomes; optionally one pair or timeframe. */
  alertHistory(query: { symbol?: string; timeframe?: Timeframe }): AlertResult[];
  /** /sweep (admins): a sweep of one timeframe or all (null) and the outcome job, now. */
  sweep(timeframe: Timeframe | null): Promise<SweepNowReport>;
  log: Logger;
}
