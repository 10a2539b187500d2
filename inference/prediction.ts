import type { Timeframe } from '../market/timeframes.js';
import type { Direction } from './labels.js';
import type { MeasuredHitRate } from './measuredHitRate.js';

export interface TakeProfits {
  tp1: number;
  tp2: number;
  tp3: number;
}

/** What the inference service answers for one (symbol, timeframe); the bot only formats it. */
export interface Prediction {
  symbol: string;
  timeframe: Timeframe;
  direction: Direction;
  /** Calibrated probability of `direction`. */
  confidence: number;
  probabilities: Record<Direction, number>;
  /** Close of the last closed candle. */
  entry: number;
  /** ATR(14) at that candle, the unit of every level. */
  atr: number;
  /** Levels of the trade; null when the direction is NO_TRADE. */
  stopLoss: number | null;
  takeProfits: TakeProfits | null;
  /** Median time to TP1 measured on the training data; null when there is no trade. */
  tpEtaMinutes: number | null;
  /** Open time (ms) of the last closed candle the prediction is based on. */
  candleTime: number;
  /** When the next candle closes and this prediction goes stale (ms). */
  validUntil: number;
  modelVersion: string;
  /** TP1-before-SL hit rate measured in the model's walk-forward tests, at this confidence where it can. */
  modelHitRate: MeasuredHitRate | null;
  /** The confidence from which the model's card recommends alerting; null when the card names none. */
  alertThreshold: number | null;
}
