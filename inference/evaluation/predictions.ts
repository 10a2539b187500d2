import type { Timeframe } from '../../market/timeframes.js';
import { readPair, type PairFiles } from '../../market/pairFiles.js';
import { pairSamples, type Sample } from '../dataset/pairSamples.js';
import type { MarketContext } from '../features/marketContext.js';
import { RESULT_CODE, type TradeResult } from '../barrier.js';
import { DIRECTIONS } from '../labels.js';
import type { LoadedModel } from '../models/registry.js';
import { OFFLINE_BATCH_WINDOWS, runDirectionModel } from '../models/runDirection.js';
import { argmaxRows } from './metrics.js';
import type { TradeCall } from './signals.js';

const LONG = DIRECTIONS.indexOf('LONG');
const NO_TRADE = DIRECTIONS.indexOf('NO_TRADE');
/** The dataset's result codes (barrier.ts RESULT_CODE) back to results. */
const RESULTS: Record<number, TradeResult> = { [RESULT_CODE.win]: 'win', [RESULT_CODE.stop]: 'stop', [RESULT_CODE.expired]: 'expired' };

/** Decision candles whose open time lies in [from, to] (epoch ms). */
export interface TimeRange {
  from: number;
  to: number;
}

/** A model's answers on every evaluated decision, with the barrier labels and the trades it would have made. */
export interface Predictions {
  /** Row-major [samples, 3] in DIRECTIONS order. */
  probs: Float64Array;
  /** Index into DIRECTIONS. */
  labels: Int8Array;
  /** Open time (ms) of each sample's decision candle. */
  times: Float64Array;
  /** One per LONG or SHORT argmax, in sample order. */
  calls: TradeCall[];
  /** Pairs with at least one decision in range. */
  pairs: string[];
  /** Open times of the first and last decision candle evaluated, or null when there were none. */
  firstTime: number | null;
  lastTime: number | null;
}

/** The trade a call of `side` (a DIRECTIONS index) makes at this decision, as pairSamples resolved it. */
function tradeCall(sample: Sample, side: number, confidence: number): TradeCall {
  const long = side === LONG;
  const result = RESULTS[long ? sample.resultLong : sample.resultShort]!;
  return {
    confidence,
    result,
    hit: result === 'win',
    time: sample.time,
    netReturn: long ? sample.netLong : sample.netShort,
    tp1NetReturn: long ? sample.tp1NetLong : sample.tp1NetShort,
    stopNetReturn: long ? sample.slNetLong : sample.slNetShort,
  };
}

/**
 * Runs `model` on every decision of each file's pair in `range`. Features, windows and barrier labels come
 * from the training export's pairSamples (with the model's own window and barrier), so an evaluation
 * scores exactly what training fitted; trades use the one trade rule of live outcomes (barrier.ts walkTrade).
 */
export async function predictPairs(
  model: LoadedModel,
  timeframe: Timeframe,
  files: readonly PairFiles[],
  range: TimeRange,
  context: MarketContext,
  batchSize = OFFLINE_BATCH_WINDOWS,
): Promise<Predictions> {
  const { window, features, barrier } = model.metadata;
  const width = features.length;
  const probs: number[] = [];
  const labels: number[] = [];
  const times: number[] = [];
  const calls: TradeCall[] = [];
  const pairs: string[] = [];
  let firstTime: number | null = null;
  let lastTime: number | null = null;
  for (const file of files) {
    const { rows, samples } = pairSamples(readPair(file), timeframe, window, barrier, context);
    const chosen = samples.filter((s) => s.time >= range.from && s.time <= range.to);
    if (chosen.length === 0) continue;
    pairs.push(file.symbol);
    firstTime = Math.min(firstTime ?? Infinity, chosen[0]!.time);
    lastTime = Math.max(lastTime ?? -Infinity, chosen[chosen.length - 1]!.time);
    for (let start = 0; start < chosen.length; start += batchSize) {
      const batch = chosen.slice(start, start + batchSize);
      const windows = new Float32Array(batch.length * window * width);
      batch.forEach((s, i) => windows.set(rows.subarray((s.row - window + 1) * width, (s.row + 1) * width), i * window * width));
      const answers = await runDirectionModel(model, windows, batch.length);
      const batchProbs = answers.flatMap((answer) => DIRECTIONS.map((d) => answer[d]));
      const predicted = argmaxRows(batchProbs, DIRECTIONS.length);
      batch.forEach((sample, i) => {
        labels.push(sample.label);
        times.push(sample.time);
        const side = predicted[i]!;
        if (side !== NO_TRADE) calls.push(tradeCall(sample, side, batchProbs[i * DIRECTIONS.length + side]!));
      });
      for (const p of batchProbs) probs.push(p);
    }
  }
  return {
    probs: Float64Array.from(probs), labels: Int8Array.from(labels), times: Float64Array.from(times), calls, pairs, firstTime, lastTime,
  };
}
