import { callStats, type CallResult, type CallStats } from '../callStats.js';

/**
 * What the model's trade calls would have earned: for a confidence threshold, the calls at or above it and
 * their statistics by the one trade rule (inference/callStats.ts): wins (TP1 before the stop), stops,
 * expired, the win rate against the break-even win rate after fees, and the mean net return with its 95%
 * interval (bootstrap by UTC day).
 */

/** One LONG or SHORT call (argmax not NO_TRADE) and how its trade turned out. */
export interface TradeCall extends CallResult {
  /** Calibrated probability of the called side. */
  confidence: number;
  /** result === 'win' (kept for older readers). */
  hit: boolean;
}

export interface SignalStats extends CallStats {
  threshold: number;
  /** Deprecated alias of win_rate, kept for existing readers of `evaluate --json`. */
  hit_rate: number | null;
  /** Deprecated alias of breakeven_win_rate. */
  breakeven_hit_rate: number | null;
}

/** Calls whose confidence is at least `threshold`; null rates when there are none. */
export function signalStats(calls: readonly TradeCall[], threshold: number): SignalStats {
  const { count, mean_net_return, ...stats } = callStats(calls.filter((c) => c.confidence >= threshold));
  // The keys `evaluate --json` had before the one trade rule come first, in their old order.
  return { threshold, count, hit_rate: stats.win_rate, breakeven_hit_rate: stats.breakeven_win_rate, mean_net_return, ...stats };
}

/** Confidence of the call at the 90th percentile: the calls at or above it are the top tenth. */
export function topDecileThreshold(calls: readonly TradeCall[]): number | null {
  if (calls.length === 0) return null;
  const sorted = calls.map((c) => c.confidence).sort((x, y) => y - x);
  return sorted[Math.ceil(sorted.length / 10) - 1]!;
}
