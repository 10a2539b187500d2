import type { Candle } from '../market/candle.js';
import type { MarketSource } from '../market/source.js';
import { resolveSymbol } from '../market/symbols.js';
import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';
import { predictInputs, prepareInput, type ModelCallListener, type PredictionResult } from './batchPrediction.js';
import { MarketContextMemo } from './marketContextFetch.js';
import { explainPrediction, type Explanation } from './explain/explanation.js';
import type { LoadedModel, ModelRegistry } from './models/registry.js';
import { reloadModels, type ReloadResult } from './models/reload.js';
import { RegistrySlot } from './models/registrySlot.js';
import { trainedPairs } from './models/trainedPairs.js';
import type { Position } from './labels.js';
import { pickPolicy, policyCall, type PolicyCall } from './policy/policyCall.js';
import type { Prediction } from './prediction.js';
import { confluence, unavailableReason, type MultiTimeframeSummary, type TimeframeCall } from './summary.js';

/** How long the list of listed symbols is trusted before it is asked for again. */
const SYMBOLS_TTL_MS = 60 * 60_000;

/** A prediction with what made it: the model and its input window (row-major [window, features]). */
interface Inference {
  prediction: Prediction;
  model: LoadedModel;
  input: Float32Array;
}

/** One pair of a batched request; the symbol normalised ("BTC/USDT"). */
export interface PairRequest {
  symbol: string;
  timeframe: Timeframe;
}

export interface SignalServiceOptions {
  market: MarketSource;
  registry: ModelRegistry;
  now?: () => number;
  /** Told the time of each batched model call; the app records it (signals_model_call_duration_seconds). */
  onModelCall?: ModelCallListener;
}

/** The one inference API that the bot, the cron jobs and the backtester call: it returns data, never text. */
export class SignalService {
  private readonly now: () => number;
  private symbols: { list: Promise<string[]>; at: number } | null = null;
  /** The registry is swappable: /reload replaces it while predictions keep running. */
  private readonly models: RegistrySlot;
  private reloading: Promise<ReloadResult> | null = null;

  constructor(private readonly options: SignalServiceOptions) {
    this.now = options.now ?? Date.now;
    this.models = new RegistrySlot(options.registry);
  }

  get registry(): ModelRegistry {
    return this.models.registry;
  }

  /** Re-reads the models folder; see reloadModels. Two reloads at once share one. */
  reloadModels(): Promise<ReloadResult> {
    this.reloading ??= reloadModels(this.models).finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  /** A normalised symbol ("BTC/USDT") as the market lists it; throws UnknownSymbolError with suggestions. */
  async resolveSymbol(normalized: string): Promise<string> {
    return resolveSymbol(normalized, await this.listedSymbols());
  }

  /**
   * The pairs served when nobody names one (a dashboard's "every pair"): those the loaded models were
   * trained on that the market lists now, sorted. Throws MarketDataError when the listing fails.
   */
  async followedPairs(): Promise<string[]> {
    const listed = new Set(await this.listedSymbols());
    return trainedPairs(this.registry).filter((pair) => listed.has(pair));
  }

  async predict(symbol: string, timeframe: Timeframe): Promise<Prediction> {
    const listed = await this.resolveSymbol(symbol);
    return this.models.borrow(async (registry) => (await this.infer(registry, listed, timeframe)).prediction);
  }

  /** `/predict SYMBOL`: a call per served timeframe; one without a model or enough history says so instead. */
  async predictAll(symbol: string): Promise<MultiTimeframeSummary> {
    const listed = await this.resolveSymbol(symbol);
    // allSettled: the registry stays borrowed until every run is over, even when one fails early.
    const settled = await this.models.borrow((registry) =>
      Promise.allSettled(TIMEFRAMES.map((timeframe) => this.infer(registry, listed, timeframe))),
    );
    const calls = settled.map((result, k): TimeframeCall => {
      const timeframe = TIMEFRAMES[k]!;
      return result.status === 'fulfilled'
        ? { timeframe, prediction: result.value.prediction }
        : { timeframe, unavailable: unavailableReason(result.reason) };
    });
    return { symbol: listed, calls, confluence: confluence(calls) };
  }

  /** "Why?": the prediction for (symbol, timeframe) with the indicator readings and pushes behind it. */
  async explain(symbol: string, timeframe: Timeframe): Promise<Explanation> {
    const listed = await this.resolveSymbol(symbol);
    return this.models.borrow(async (registry) => {
      const { model, input, prediction } = await this.infer(registry, listed, timeframe);
      return explainPrediction(model, input, prediction);
    });
  }

  /** One prediction for a listed symbol, with the model and the input window it came from. */
  private async infer(registry: ModelRegistry, listed: string, timeframe: Timeframe): Promise<Inference> {
    const prepared = await prepareInput(this.options.market, registry, listed, timeframe);
    const [result] = await predictInputs([prepared], this.options.onModelCall);
    if (!result || 'error' in result) throw result?.error;
    return { prediction: result.prediction, model: prepared.model, input: prepared.input };
  }

  /**
   * Predictions for many (symbol, timeframe) pairs, e.g. an alert sweep: candles are fetched per pair, the
   * market context once per timeframe, and each model runs once on all its pairs' windows. A pair that fails (unknown symbol, exchange error, no
   * model, short history) gets its error in its own result; the others are still served. Results are in
   * the order of `requests`.
   */
  async predictMany(requests: readonly PairRequest[]): Promise<PredictionResult[]> {
    return this.models.borrow(async (registry) => {
      const contexts = new MarketContextMemo(this.options.market);
      const prepared = await Promise.allSettled(
        requests.map(async ({ symbol, timeframe }) =>
          prepareInput(this.options.market, registry, await this.resolveSymbol(symbol), timeframe, contexts),
        ),
      );
      const ready = prepared.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const predicted = await predictInputs(ready, this.options.onModelCall);
      let next = 0;
      return prepared.map((r) => (r.status === 'fulfilled' ? predicted[next++]! : { error: r.reason as unknown }));
    });
  }

  /**
   * The policy model's call for a symbol holding `position`: the policy of `timeframe` if one is loaded,
   * else another loaded one; null when no policy model is loaded.
   */
  async recommend(symbol: string, position: Position, timeframe: Timeframe): Promise<PolicyCall | null> {
    const listed = await this.resolveSymbol(symbol);
    return this.models.borrow(async (registry) => {
      const policy = pickPolicy(registry, timeframe);
      return policy ? policyCall(this.options.market, policy, listed, position) : null;
    });
  }

  /** Up to `count` latest closed candles, e.g. for a chart; a warm market cache answers without the exchange. */
  async recentCandles(symbol: string, timeframe: Timeframe, count: number): Promise<Candle[]> {
    return this.options.market.fetchClosedCandles(await this.resolveSymbol(symbol), timeframe, count);
  }

  private listedSymbols(): Promise<string[]> {
    const now = this.now();
    if (!this.symbols || now - this.symbols.at > SYMBOLS_TTL_MS) {
      const list = this.options.market.listSymbols();
      // A failed listing is not cached, so the next request asks the market again.
      list.catch(() => {
        if (this.symbols?.list === list) this.symbols = null;
      });
      this.symbols = { list, at: now };
    }
    return this.symbols.list;
  }
}
