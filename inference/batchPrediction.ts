import type { Candle } from '../market/candle.js';
import type { MarketSource } from '../market/source.js';
import { timeframeMinutes, timeframeMs, type Timeframe } from '../market/timeframes.js';
import { tradeLevels, type TradeSide } from './barrier.js';
import { MarketContextUnavailableError, ModelOutputError, NotEnoughCandlesError } from './errors.js';
import { computeFeatures, featureWindow } from './features/pipeline.js';
import { MARKET_LEADER } from './features/marketContext.js';
import { contiguousRuns } from './features/segments.js';
import { MarketContextMemo } from './marketContextFetch.js';
import { DIRECTIONS, type Direction } from './labels.js';
import type { LoadedModel, ModelRegistry } from './models/registry.js';
import { unusableProbabilities } from './models/probabilityCheck.js';
import { runDirectionModel } from './models/runDirection.js';
import { measuredHitRate } from './measuredHitRate.js';
import type { Prediction } from './prediction.js';

/**
 * Candles fetched beyond the model window: the longest lookback (50-candle ranges after ATR's 14) with room
 * for the EMAs to forget their seed (26-candle EMA: (25/27)^120 ≈ 1e-4), within 1d replay data's 228 days.
 */
export const WARMUP_CANDLES = 120;

/** One (symbol, timeframe) ready for its model: the input window and what the prediction reads from its candles. */
export interface ModelInput {
  symbol: string;
  timeframe: Timeframe;
  model: LoadedModel;
  /** Row-major [window, features]. */
  input: Float32Array;
  /** The last closed candle: the entry. */
  candle: Candle;
  /** ATR(14) at that candle. */
  atr: number;
}

/** Told how long each batched model call took, in seconds; the app records it for /metrics. */
export type ModelCallListener = (timeframe: Timeframe, seconds: number) => void;

/** A prediction, or why there is none; one per requested pair, so one failure never hides the others. */
export type PredictionResult = { prediction: Prediction } | { error: unknown };

/** A model's input at a symbol's last closed candle: the raw feature window, that candle and its ATR(14). */
export interface LatestWindow {
  input: Float32Array;
  candle: Candle;
  atr: number;
}

/**
 * Fetches a listed symbol's closed candles and builds the `window` of features that ends at the last one,
 * for any model reading features (direction or policy). A batch passes its `contexts` so that its calls
 * share one market context per timeframe. Throws MarketDataError or NotEnoughCandlesError.
 */
export async function latestWindow(
  market: MarketSource,
  symbol: string,
  timeframe: Timeframe,
  window: number,
  contexts: MarketContextMemo = new MarketContextMemo(market),
): Promise<LatestWindow> {
  const need = window + WARMUP_CANDLES;
  const [candles, context] = await Promise.all([market.fetchClosedCandles(symbol, timeframe, need), contexts.get(timeframe, need)]);
  const features = computeFeatures(candles, timeframe, context);
  const last = candles.length - 1;
  if (last >= 0 && !context.at(candles[last]!.time)) {
    const at = new Date(candles[last]!.time).toISOString();
    throw new MarketContextUnavailableError(`no ${MARKET_LEADER} ${timeframe} candle at ${at}`);
  }
  const input = featureWindow(features, last, window);
  if (!input) {
    const [start] = contiguousRuns(candles, timeframe).at(-1) ?? [candles.length];
    throw new NotEnoughCandlesError(symbol, timeframe, candles.length - start, need);
  }
  return { input, candle: candles[last]!, atr: features.atr[last]! };
}

/**
 * Picks the model for a listed symbol, fetches its closed candles and builds the input window. Throws
 * ModelUnavailableError, MarketDataError or NotEnoughCandlesError.
 */
export async function prepareInput(
  market: MarketSource,
  registry: ModelRegistry,
  symbol: string,
  timeframe: Timeframe,
  contexts?: MarketContextMemo,
): Promise<ModelInput> {
  const model = registry.directionModel(symbol, timeframe);
  return { symbol, timeframe, model, ...(await latestWindow(market, symbol, timeframe, model.metadata.window, contexts)) };
}

/**
 * Predictions for many inputs with one model call per model: the windows of all inputs that share a model
 * go in one batch. A failed call fails only its own inputs. Results are in the order of `inputs`.
 */
export async function predictInputs(
  inputs: readonly ModelInput[],
  onModelCall: ModelCallListener = () => undefined,
): Promise<PredictionResult[]> {
  const results = new Array<PredictionResult>(inputs.length);
  const groups = new Map<LoadedModel, number[]>();
  inputs.forEach((input, k) => groups.set(input.model, [...(groups.get(input.model) ?? []), k]));
  await Promise.all(
    [...groups].map(async ([model, members]) => {
      try {
        const windows = stack(members.map((k) => inputs[k]!.input));
        const startedAt = performance.now();
        const probabilities = await runDirectionModel(model, windows, members.length);
        onModelCall(model.metadata.timeframe, (performance.now() - startedAt) / 1000);
        members.forEach((k, row) => {
          const unusable = unusableProbabilities(probabilities[row]!);
          results[k] = unusable ? { error: new ModelOutputError(model.file, unusable) } : { prediction: toPrediction(inputs[k]!, probabilities[row]!) };
        });
      } catch (error) {
        for (const k of members) results[k] = { error };
      }
    }),
  );
  return results;
}

/** Windows laid back to back: [batch, window, features]. */
function stack(windows: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(windows.reduce((n, w) => n + w.length, 0));
  let offset = 0;
  for (const w of windows) {
    out.set(w, offset);
    offset += w.length;
  }
  return out;
}

function toPrediction({ symbol, timeframe, model, candle, atr }: ModelInput, probabilities: Record<Direction, number>): Prediction {
  const direction = DIRECTIONS.reduce((best, d) => (probabilities[d] > probabilities[best] ? d : best));
  const trade = direction === 'NO_TRADE' ? null : tradeLevels(direction as TradeSide, candle.close, atr, model.metadata.barrier);
  const eta = model.metadata.tp_eta_minutes;
  return {
    symbol,
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
    modelHitRate: measuredHitRate(model.metadata.metrics, trade ? probabilities[direction] : null),
    alertThreshold: model.metadata.alert_threshold ?? null,
  };
}
