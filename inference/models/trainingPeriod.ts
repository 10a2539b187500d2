import { timeframeMs, type Timeframe } from '../../market/timeframes.js';
import type { DirectionModelMetadata } from './modelMetadata.js';

/** The decision candles a model learned from, as its metadata `trained_on` states them. */
export interface TrainingPeriod {
  /** ISO times of the first and last training sample's candle. */
  from: string;
  to: string;
  /** The first decision time (a candle close) whose candles and outcome no training label saw: the --from of an out-of-sample run. */
  outOfSampleFrom: string;
}

/** The model's training period, or null when its metadata does not state one. */
export function trainingPeriod(metadata: Pick<DirectionModelMetadata, 'trained_on' | 'timeframe' | 'barrier'>): TrainingPeriod | null {
  const { from, to } = metadata.trained_on;
  if (typeof from !== 'string' || typeof to !== 'string' || !Number.isFinite(Date.parse(from)) || !Number.isFinite(Date.parse(to))) {
    return null;
  }
  const span = timeframeMs(metadata.timeframe);
  // The last label looked H candles past `to`; the first unseen candle closes one span after it opens.
  const firstUnseen = Date.parse(to) + (metadata.barrier.horizon + 1) * span;
  return { from, to, outOfSampleFrom: new Date(firstUnseen + span).toISOString() };
}

/** Whether a decision on the candle opened at `candleTime` is in-sample: its candle or its outcome candles were training data. */
export function inTraining(period: TrainingPeriod | null, candleTime: number, timeframe: Timeframe): boolean {
  if (!period) return false;
  return candleTime >= Date.parse(period.from) && candleTime + timeframeMs(timeframe) < Date.parse(period.outOfSampleFrom);
}
