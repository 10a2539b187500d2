import { alertThreshold, type AlertThreshold } from './alertRule.js';
import type { DirectionModelMetadata } from './models/modelMetadata.js';

type ConfidenceBand = NonNullable<DirectionModelMetadata['metrics']['hit_rate_by_confidence']>[number];

/** How many of the card's walk-forward directional calls were confident enough to alert, and how they turned out. */
export interface AlertReach {
  /**
   * The confidence counted from: the threshold itself, or the next band edge above it when the threshold falls
   * inside a band (the card cannot split that band, so those calls are left out rather than guessed).
   */
  from: number;
  /** Calls at or above `from`. */
  reached: number;
  /** All directional calls in the bands. */
  total: number;
  /** Of `reached`, those that touched TP1 before the stop; null when a counted band has no hit rate. */
  hits: number | null;
}

/** What a subscriber should know about a timeframe's alerts: the bar a call must clear, who set it, how often calls cleared it. */
export interface AlertRarity {
  threshold: number;
  source: AlertThreshold['source'];
  /** Null when the card has no bands, or no band starts at or above the threshold. */
  reach: AlertReach | null;
}

/** The live alert rule's threshold for this model (`override` is ALERT_MIN_CONFIDENCE) and how rarely its calls reached it. */
export function alertRarity(
  metadata: Pick<DirectionModelMetadata, 'alert_threshold' | 'metrics'>,
  override: number | undefined,
): AlertRarity {
  const { value: threshold, source } = alertThreshold(metadata.alert_threshold, override);
  return { threshold, source, reach: bandReach(metadata.metrics.hit_rate_by_confidence ?? [], threshold) };
}

/** Sums the bands from `threshold` up: counts, and hits rebuilt from each band's rate. */
export function bandReach(bands: readonly ConfidenceBand[], threshold: number): AlertReach | null {
  const edges = bands.map((b) => b.from).filter((from) => from >= threshold);
  if (edges.length === 0) return null;
  const from = Math.min(...edges);
  const counted = bands.filter((b) => b.from >= from);
  const reached = sum(counted.map((b) => b.count));
  const unrated = counted.some((b) => b.count > 0 && b.hit_rate === null);
  // The card rounds each rate to four decimals; a band's hits are a whole number, so round back to it.
  const hits = unrated ? null : sum(counted.map((b) => Math.round(b.count * (b.hit_rate ?? 0))));
  return { from, reached, total: sum(bands.map((b) => b.count)), hits };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
