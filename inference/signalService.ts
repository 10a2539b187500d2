import type { Candle } from '../market/candle.js';
import type { MarketSource } from '../market/source.js';
import { resolveSymbol } from '../market/symbols.js';
import { timeframeMinutes, timeframeMs, type Timeframe } from '../market/timeframes.js';
import { tradeLevels } from './barrier.js';
import { NotEnoughCandlesError } from './errors.js';
import { computeFeatures, featureWindow } from './features/pipeline.js';
import { DIRECTIONS, type Direction } from './labels.js';
import type { ModelRegistry } from './models/registry.js';
import { runDirectionModel } from './models/runDirection.js';
import type { Prediction } from './prediction.js';

/** Candles fetched beyond the model window: the indicators' warm-up (MACD 26+9) with room to spare. */
const WARMUP_CANDLES = 60;
/** How long the list of listed symbols is trusted before it is asked for again. */
const SYMBOLS_TTL_MS = 60 * 60_000;

export interface SignalServiceOptions {
  market: MarketSource;
  registry: ModelRegistry;
  now?: () => number;
}

/** The one inference API that the bot, the cron jobs and the backtester call: it returns data, never text. */
export class SignalService {
  private readonly now: () => number;
  private symbols: { list: Promise<string[]>; at: number } | null = null;

  constructor(private readonly options: SignalServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  get registry(): ModelRegistry {
    return this.options.registry;
  }

  /** A normalised symbol ("BTC/USDT") as the market lists it; throws UnknownSymbolError with suggestions. */
  async resolveSymbol(normalized: string): Promise<string> {
    return resolveSymbol(normalized, await this.listedSymbols());
  }

  async predict(symbol: string, timeframe: Timeframe): Promise<Prediction> {
    const listed = await this.resolveSymbol(symbol);
    const model = this.options.registry.directionModel(listed, timeframe);
    const { window, barrier } = model.metadata;
    const candles = await this.options.market.fetchClosedCandles(listed, timeframe, window + WARMUP_CANDLES);
    const features = computeFeatures(candles);
    const last = candles.length - 1;
    const input = featureWindow(features, last, window);
    if (!input) throw new NotEnoughCandlesError(listed, timeframe, candles.length, window + WARMUP_CANDLES);
    const probabilities = (await runDirectionModel(model, input, 1))[0]!;
    const direction = DIRECTIONS.reduce((best, d) => (probabilities[d] > probabilities[best] ? d : best));
    const candle = candles[last]!;
    const atr = features.atr[last]!;
    const trade = direction === 'NO_TRADE' ? null : tradeLevels(direction as Exclude<Direction, 'NO_TRADE'>, candle.close, atr, barrier);
    const eta = model.metadata.tp_eta_minutes;
    return {
      symbol: listed,
      timeframe,
      direction,
      confidence: probabilities[direction],
      probabilities,
      entry: candle.close,
      atr,
      stopLoss: trade?.stopLoss ?? null,
      takeProfits: trade ? { tp1: trade.takeProfits[0], tp2: trade.takeProfits[1], tp3: trade.takeProfits[2] } : null,
      tpEtaMinutes: trade && eta !== undefined ? Math.max(eta, timeframeMinutes(timeframe)) : null,
      candleTime: candle.time,
      validUntil: candle.time + 2 * timeframeMs(timeframe),
      modelVersion: model.metadata.model_version,
      modelHitRate: model.metadata.metrics.signal_hit_rate ?? null,
    };
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
