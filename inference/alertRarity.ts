import { alertThreshold, type AlertThreshold } from './alertRule.js';
import { measuredAtThreshold } from './measuredHitRate.js';
import type { DirectionModelMetadata } from './models/modelMetadata.js';
import type { CallStats } from './callStats.js';

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
  /**
   * Of `reached`, those that touched TP1 before the stop, on a card from before the one trade rule (rebuilt
   * from its bands' hit rates); null on newer cards (see `stats`) and when a counted band has no hit rate.
   */
  hits: number | null;
  /**
   * The calls' statistics by the one trade rule: the card's own row at exactly the threshold when it has one
   * (with the 95% interval), else summed from the bands counted (wins, stops, expired and the mean net return
   * exactly; break-even as the bands' count-weighted mean; no interval). Null on a card from before the rule.
   */
  stats: CallStats | null;
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
  const reach = bandReach(metadata.metrics.hit_rate_by_confidence ?? [], threshold);
  const exact = measuredAtThreshold(metadata.metrics, threshold);
  return { threshold, source, reach: reach && exact ? { ...reach, stats: exact } : reach };
}

/** Sums the bands from `threshold` up: counts, and hits rebuilt from each band's rate. */
export function bandReach(bands: readonly ConfidenceBand[], threshold: number): AlertReach | null {
  const edges = bands.map((b) => b.from).filter((from) => from >= threshold);
  if (edges.length === 0) return null;
  const from = Math.min(...edges);
  const counted = bands.filter((b) => b.from >= from);
  const reached = sum(counted.map((b) => b.count));
  const total = sum(bands.map((b) => b.count));
  if (counted.every((b) => b.wins !== undefined)) return { from, reached, total, hits: null, stats: bandStats(counted) };
  const unrated = counted.some((b) => b.count > 0 && (b.hit_rate === null || b.hit_rate === undefined));
  // The card rounds each rate to four decimals; a band's hits are a whole number, so round back to it.
  const hits = unrated ? null : sum(counted.map((b) => Math.round(b.count * (b.hit_rate ?? 0))));
  return { from, reached, total, hits, stats: null };
}

/** The statistics of the calls of several bands: counts summed, rates from them, means weighted by count. */
function bandStats(bands: readonly ConfidenceBand[]): CallStats {
  const count = sum(bands.map((b) => b.count));
  const wins = sum(bands.map((b) => b.wins ?? 0));
  const stops = sum(bands.map((b) => b.stops ?? 0));
  const weighted = (value: (b: ConfidenceBand) => number | null | undefined) => {
    const rated = bands.filter((b) => b.count > 0 && typeof value(b) === 'number');
    const n = sum(rated.map((b) => b.count));
    return n > 0 && n === count ? sum(rated.map((b) => b.count * value(b)!)) / n : null;
  };
  return {
    count,
    wins,
    stops,
    expired: sum(bands.map((b) => b.expired ?? 0)),
    win_rate: wins + stops > 0 ? wins / (wins + stops) : null,
    breakeven_win_rate: weighted((b) => b.breakeven_win_rate),
    mean_net_return: weighted((b) => b.mean_net_return),
    mean_net_return_ci95: null,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
