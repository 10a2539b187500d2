import { TIMEFRAMES } from '../../market/timeframes.js';
import { policyRecord, type PolicyRecord } from '../policy/comparison.js';
import { finiteOrNull, measuredAtThreshold, measuredHitRate, type MeasuredHitRate } from '../measuredHitRate.js';
import type { CallStats } from '../callStats.js';
import type { DirectionModelMetadata } from './modelMetadata.js';
import type { ModelRegistry } from './registry.js';

/** The walk-forward numbers /model shows; null where a model's metadata does not carry one. */
export interface WalkForwardNumbers {
  logLoss: number | null;
  /** Log-loss of always predicting the class shares: a model must beat it to know anything. */
  baselineLogLoss: number | null;
  balancedAccuracy: number | null;
  signalHitRate: number | null;
  signalCount: number | null;
}

export interface LoadedModelCard {
  file: string;
  modelVersion: string;
  timeframe: string;
  featureSet: string;
  /** The pair of a per-symbol model; null for the pooled one. */
  symbol: string | null;
  sha256: string;
  metrics: WalkForwardNumbers;
  calls: CardCalls;
}

/** What the card measured for the model's calls by the one trade rule (inference/outcome.ts). */
export interface CardCalls {
  /** All directional calls of the walk-forward test blocks; `legacy` on a card from before the rule. */
  all: MeasuredHitRate | null;
  alertThreshold: number | null;
  /** The calls at or above the alert threshold; null when the card has no row for it. */
  atAlert: CallStats | null;
}

export function cardCalls(metadata: Pick<DirectionModelMetadata, 'metrics' | 'alert_threshold'>): CardCalls {
  const alertThreshold = metadata.alert_threshold ?? null;
  return {
    all: measuredHitRate(metadata.metrics, null),
    alertThreshold,
    atAlert: alertThreshold === null ? null : measuredAtThreshold(metadata.metrics, alertThreshold),
  };
}

/** A loaded policy model with its walk-forward comparison against always-flat, buy-and-hold and random. */
export interface LoadedPolicyCard {
  file: string;
  modelVersion: string;
  timeframe: string;
  featureSet: string;
  sha256: string;
  /** Its own record on the test block it never saw; null on metadata written before it was kept. */
  record: PolicyRecord | null;
}

export interface RefusedModel {
  file: string;
  timeframe: string | null;
  reason: string;
}

/** /model: what serves and what was refused, in timeframe order. */
export interface ModelsReport {
  loaded: LoadedModelCard[];
  /** Policy models, in timeframe order. */
  policies: LoadedPolicyCard[];
  refused: RefusedModel[];
}

type Json = Record<string, unknown>;

/** The pooled walk-forward figures (`metrics.overall`), falling back to top-level keys of older metadata. */
export function walkForwardNumbers(metrics: Json): WalkForwardNumbers {
  const overall = (typeof metrics.overall === 'object' && metrics.overall !== null ? metrics.overall : {}) as Json;
  const pick = (key: string) => finiteOrNull(overall[key]) ?? finiteOrNull(metrics[key]);
  return {
    logLoss: pick('log_loss'),
    baselineLogLoss: pick('baseline_log_loss'),
    balancedAccuracy: pick('balanced_accuracy'),
    signalHitRate: pick('signal_hit_rate'),
    signalCount: pick('signal_count'),
  };
}

const timeframeOrder = (timeframe: string | null) => {
  const index = (TIMEFRAMES as readonly (string | null)[]).indexOf(timeframe);
  return index < 0 ? TIMEFRAMES.length : index;
};

export function describeModels(registry: ModelRegistry): ModelsReport {
  const loaded = registry.models.map(
    ({ file, sha256, metadata }): LoadedModelCard => ({
      file,
      modelVersion: metadata.model_version,
      timeframe: metadata.timeframe,
      featureSet: metadata.feature_set,
      symbol: metadata.symbol ?? null,
      sha256,
      metrics: walkForwardNumbers(metadata.metrics),
      calls: cardCalls(metadata),
    }),
  );
  const policies = registry.policies.map(
    ({ file, sha256, metadata }): LoadedPolicyCard => ({
      file,
      modelVersion: metadata.model_version,
      timeframe: metadata.timeframe,
      featureSet: metadata.feature_set,
      sha256,
      record: policyRecord(metadata),
    }),
  );
  const refused = registry.rejected.map(
    (r): RefusedModel => ({ file: r.file, timeframe: r.timeframe ?? null, reason: r.reason }),
  );
  const byTimeframe = <T extends { timeframe: string | null; file: string }>(a: T, b: T) =>
    timeframeOrder(a.timeframe) - timeframeOrder(b.timeframe) || a.file.localeCompare(b.file);
  return { loaded: loaded.sort(byTimeframe), policies: policies.sort(byTimeframe), refused: refused.sort(byTimeframe) };
}
