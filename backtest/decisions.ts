import { predictInputs, prepareInput, type ModelInput } from '../inference/batchPrediction.js';
import { MarketContextUnavailableError, NotEnoughCandlesError } from '../inference/errors.js';
import { MarketContextMemo } from '../inference/marketContextFetch.js';
import type { ModelRegistry } from '../inference/models/registry.js';
import type { Prediction } from '../inference/prediction.js';
import type { Candle } from '../market/candle.js';
import type { MarketSource } from '../market/source.js';
import { timeframeMs, type Timeframe } from '../market/timeframes.js';

/** The moment the replayed market stands at: candles that close after it are not served. */
export interface ReplayClock {
  now: number;
}

/** One pair's candles of a timeframe, closed by the end of the period, oldest first. */
export interface PairHistory {
  symbol: string;
  candles: readonly Candle[];
}

export interface DecisionReplay {
  /** The replay source, reading `clock`. */
  market: MarketSource;
  clock: ReplayClock;
  registry: ModelRegistry;
  timeframe: Timeframe;
  /** The candle closes to decide at and the pairs closing a candle then (decisionTimes). */
  slots: readonly DecisionSlot[];
  batchSize: number;
  /** Called after each batch with the number of (pair, candle close) slots it covered. */
  onSlots?: (count: number) => void;
}

/** A prediction and the moment it was made: the candle close the replayed clock stood at. */
export interface Decision {
  at: number;
  prediction: Prediction;
}

/** A candle close and the pairs that close a candle then. */
export type DecisionSlot = readonly [close: number, symbols: readonly string[]];

/** Every candle close in [from, to] and the pairs closing a candle then, in time order. */
export function decisionTimes(
  histories: readonly PairHistory[],
  timeframe: Timeframe,
  from: number,
  to: number,
): DecisionSlot[] {
  const span = timeframeMs(timeframe);
  const pairsAt = new Map<number, string[]>();
  for (const { symbol, candles } of histories) {
    for (const candle of candles) {
      const close = candle.time + span;
      if (close < from || close > to) continue;
      const pairs = pairsAt.get(close);
      if (pairs) pairs.push(symbol);
      else pairsAt.set(close, [symbol]);
    }
  }
  return [...pairsAt].sort((a, b) => a[0] - b[0]);
}

/**
 * The live sweep, replayed: at each candle close the clock stands at that moment, and each pair closing a
 * candle then is prepared exactly as a sweep prepares it (prepareInput: the last closed candles from the
 * market source, features, the model's window), so a decision sees no candle that closes later. Inputs of
 * many closes are gathered and predicted in one batched model call (predictInputs); predictions come out
 * in time order. A pair still in its indicator warm-up, or at a close without a BTC candle, is passed over,
 * as the sweep counts it a failure.
 */
export async function* replayDecisions(replay: DecisionReplay): AsyncGenerator<Decision[]> {
  const { market, clock, registry, timeframe, batchSize } = replay;
  let pending: ModelInput[] = [];
  let times: number[] = [];
  let slots = 0;
  for (const [close, symbols] of replay.slots) {
    clock.now = close;
    // The pairs closing a candle now share one market context, as a sweep's do.
    const contexts = new MarketContextMemo(market);
    for (const symbol of symbols) {
      try {
        pending.push(await prepareInput(market, registry, symbol, timeframe, contexts));
        times.push(close);
      } catch (error) {
        if (!(error instanceof NotEnoughCandlesError || error instanceof MarketContextUnavailableError)) throw error;
      }
    }
    slots += symbols.length;
    if (pending.length >= batchSize) {
      yield await predictAll(pending, times);
      pending = [];
      times = [];
      replay.onSlots?.(slots);
      slots = 0;
    }
  }
  if (pending.length > 0) yield await predictAll(pending, times);
  replay.onSlots?.(slots);
}

/** A failed model call ends the backtest: a replay with holes would report numbers that are not the model's. */
async function predictAll(inputs: readonly ModelInput[], times: readonly number[]): Promise<Decision[]> {
  return (await predictInputs(inputs)).map((result, k) => {
    if ('error' in result) throw result.error;
    return { at: times[k]!, prediction: result.prediction };
  });
}
