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
  /** The row's threshold is the one the live sweep applies to this model (`alert_threshold`). */
  alert: boolean;
}

/** One calendar year (UTC) of the evaluated decisions: a user evaluating a later era sees each year apart. */
export interface YearEvaluation {
  year: number;
  samples: number;
  from: string;
  to: string;
  log_loss: number;
  baseline_log_loss: number;
  balanced_accuracy: number;
  ece: number;
  /** The calls at the alert threshold in that year. */
  alert_signals: SignalStats;
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
  /** The confidence the live sweep needs from this model (its card's threshold, else the default). */
  alert_threshold: number;
  baseline_source: PriorSource;
  alert_threshold_source: AlertThreshold['source'];
  pairs: string[];
  from: string | null;
  to: string | null;
  /** The model's training samples as its metadata states them: decisions inside are in-sample. */
  trained_from: string | null;
  trained_to: string | null;
  by_year: YearEvaluation[];
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
  const row = (threshold: number, rule: SignalRule): SignalRow => ({ ...signalStats(calls, threshold), rule, alert: threshold === alert.value });
  const signals: SignalRow[] = [
    ...SIGNAL_THRESHOLDS.map((t) => row(t, 'fixed')),
    ...(decile === null ? [] : [row(decile, 'top_decile')]),
    row(alert.value, 'alert'),
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
    alert_threshold: alert.value,
    baseline_source: baseline.source,
    alert_threshold_source: alert.source,
    pairs: predictions.pairs,
    from: iso(predictions.firstTime),
    to: iso(predictions.lastTime),
    trained_from: trained?.from ?? null,
    trained_to: trained?.to ?? null,
    by_year: byYear(predictions, baselineProbs, alert.value),
  };
}

/** The classification numbers and the alert-threshold calls of each UTC calendar year of the decisions. */
function byYear(predictions: Predictions, baselineProbs: Float64Array, threshold: number): YearEvaluation[] {
  const { probs, labels, times, calls } = predictions;
  const yearOf = (time: number) => new Date(time).getUTCFullYear();
  const groups = new Map<number, number[]>();
  times.forEach((time, i) => {
    const year = yearOf(time);
    const rows = groups.get(year) ?? [];
    rows.push(i);
    groups.set(year, rows);
  });
  return [...groups.keys()].sort((x, y) => x - y).map((year): YearEvaluation => {
    const rows = groups.get(year)!;
    const pick = (all: Float64Array) => {
      const out = new Float64Array(rows.length * CLASSES);
      rows.forEach((i, k) => out.set(all.subarray(i * CLASSES, (i + 1) * CLASSES), k * CLASSES));
      return out;
    };
    const yearProbs = pick(probs);
    const yearLabels = Int8Array.from(rows, (i) => labels[i]!);
    const span = rows.reduce((r, i) => ({ from: Math.min(r.from, times[i]!), to: Math.max(r.to, times[i]!) }), { from: Infinity, to: -Infinity });
    return {
      year,
      samples: rows.length,
      from: new Date(span.from).toISOString(),
      to: new Date(span.to).toISOString(),
      log_loss: logLoss(yearProbs, yearLabels, CLASSES),
      baseline_log_loss: logLoss(pick(baselineProbs), yearLabels, CLASSES),
      balanced_accuracy: balancedAccuracy(yearLabels, argmaxRows(yearProbs, CLASSES), CLASSES),
      ece: expectedCalibrationError(yearProbs, yearLabels, CLASSES),
      alert_signals: signalStats(calls.filter((c) => yearOf(c.time) === year), threshold),
    };
  });
}
