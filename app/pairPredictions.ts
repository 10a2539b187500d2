import type { PredictionResult } from '../inference/batchPrediction.js';
import type { SignalService } from '../inference/signalService.js';
import type { Timeframe } from '../market/timeframes.js';
import type { SignalsRepository } from '../storage/signalsRepository.js';
import { toSignalRecord } from './signalRecord.js';

/** One pair of a batched request: its prediction, or the error that kept it from one. */
export type PairPrediction = { symbol: string } & PredictionResult;

export interface PairPredictions {
  timeframe: Timeframe;
  pairs: PairPrediction[];
}

/**
 * Many pairs on one timeframe through one SignalService.predictMany (one model call per model), each
 * prediction recorded in the signal history as a request, like a single /predict.
 */
export async function predictPairs(
  { service, signals }: { service: SignalService; signals: SignalsRepository },
  timeframe: Timeframe,
  symbols: readonly string[] | null,
): Promise<PairPredictions> {
  const pairs = symbols ?? (await service.followedPairs());
  const results = await service.predictMany(pairs.map((symbol) => ({ symbol, timeframe })));
  return {
    timeframe,
    pairs: results.map((result, k) => {
      if ('prediction' in result) signals.record(toSignalRecord(result.prediction, 'request'));
      return { symbol: pairs[k]!, ...result };
    }),
  };
}
