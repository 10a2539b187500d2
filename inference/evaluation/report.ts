import type { Timeframe } from '../../market/timeframes.js';
import { DIRECTIONS } from '../labels.js';
import type { DirectionModelMetadata } from '../models/modelMetadata.js';
import { trainingPeriod } from '../models/trainingPeriod.js';
import { expectedCalibrationError } from './calibration.js';
import { argmaxRows, balancedAccuracy, brierScore, logLoss, macroF1, repeatRow } from './metrics.js';
import { alertThreshold, type AlertThreshold } from '../alertRule.js';
import { baselinePrior, type PriorSource } from './modelBaseline.js';
import type { Predictions } from './predictions.js';
import { signalStats, topDecileThreshold, type SignalStats } from './signals.js';

/** The fixed confidence thresholds every report shows, besides the top decile and the alert threshold. */
export const SIGNAL_THRESHOLDS = [0.4, 0.5, 0.6] as const;

export type SignalRule = 'fixed' | 'top_decile' | 'alert';

export interface SignalRow extends SignalStats {
  rule: SignalRule;
}

/** One model on one timeframe: the keys of the `--json` contract first, then where the numbers came from. */
export interface ModelEvaluation {
  timeframe: Timeframe;
  model_version: string;
  samples: number;
  balanced_accuracy: number;
  macro_f1: number;
  log_loss: number;
  baseline_log_loss: number;
  brier: number;
  baseline_brier: number;
  ece: number;
  signals: SignalRow[];
  baseline_source: PriorSource;
  alert_threshold_source: AlertThreshold['source'];
  pairs: string[];
  from: string | null;
  to: string | null;
  /** The model's training samples as its metadata states them: decisions inside are in-sample. */
  trained_from: string | null;
  trained_to: string | null;
}

const CLASSES = DIRECTIONS.length;

/** Scores a model's predictions; every number is a pure function of `predictions` and the metadata. */
export function scoreModel(metadata: DirectionModelMetadata, predictions: Predictions): ModelEvaluation {
  const { probs, labels, calls } = predictions;
  const predicted = argmaxRows(probs, CLASSES);
  const baseline = baselinePrior(metadata, labels);
  const baselineProbs = repeatRow(baseline.prior, labels.length);
  // The threshold the live sweep applies to this model when ALERT_MIN_CONFIDENCE is unset.
  const alert = alertThreshold(metadata.alert_threshold, undefined);
  const decile = topDecileThreshold(calls);
  const signals: SignalRow[] = [
    ...SIGNAL_THRESHOLDS.map((t) => ({ ...signalStats(calls, t), rule: 'fixed' as const })),
    ...(decile === null ? [] : [{ ...signalStats(calls, decile), rule: 'top_decile' as const }]),
    { ...signalStats(calls, alert.value), rule: 'alert' },
  ];
  const trained = trainingPeriod(metadata);
  const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());
  return {
    timeframe: metadata.timeframe,
    model_version: metadata.model_version,
    samples: labels.length,
    balanced_accuracy: balancedAccuracy(labels, predicted, CLASSES),
    macro_f1: macroF1(labels, predicted, CLASSES),
    log_loss: logLoss(probs, labels, CLASSES),
    baseline_log_loss: logLoss(baselineProbs, labels, CLASSES),
    brier: brierScore(probs, labels, CLASSES),
    baseline_brier: brierScore(baselineProbs, labels, CLASSES),
    ece: expectedCalibrationError(probs, labels, CLASSES),
    signals,
    baseline_source: baseline.source,
    alert_threshold_source: alert.source,
    pairs: predictions.pairs,
    from: iso(predictions.firstTime),
    to: iso(predictions.lastTime),
    trained_from: trained?.from ?? null,
    trained_to: trained?.to ?? null,
  };
}
