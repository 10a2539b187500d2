/**
 * What the model's trade calls would have earned: for a confidence threshold, the calls at or above it,
 * how often TP1 came before the stop, the hit rate that would only break even after fees, and the mean
 * return after fees of the trades as the product closes them.
 */

/** One LONG or SHORT call (argmax not NO_TRADE) and how its trade turned out. */
export interface TradeCall {
  /** Calibrated probability of the called side. */
  confidence: number;
  /** TP1 was touched before the stop (the barrier rule's hit). */
  hit: boolean;
  /** Return after fees of the trade as closed by the outcome rule (stop, TP3 or the horizon's last close). */
  netReturn: number;
  /** Return after fees had the trade closed at TP1, and at the stop: the two sides of the break-even. */
  tp1NetReturn: number;
  stopNetReturn: number;
}

export interface SignalStats {
  threshold: number;
  count: number;
  hit_rate: number | null;
  breakeven_hit_rate: number | null;
  mean_net_return: number | null;
}

/** Calls whose confidence is at least `threshold`; null rates when there are none. */
export function signalStats(calls: readonly TradeCall[], threshold: number): SignalStats {
  const taken = calls.filter((c) => c.confidence >= threshold);
  if (taken.length === 0) {
    return { threshold, count: 0, hit_rate: null, breakeven_hit_rate: null, mean_net_return: null };
  }
  return {
    threshold,
    count: taken.length,
    hit_rate: average(taken, (c) => (c.hit ? 1 : 0)),
    breakeven_hit_rate: breakevenHitRate(taken),
    mean_net_return: average(taken, (c) => c.netReturn),
  };
}

/**
 * The hit rate p at which trades closed at TP1 (hits) or at the stop (misses) earn nothing after fees:
 * p·W + (1 − p)·L = 0 with W and L the mean net returns at TP1 and at the stop, so p = −L / (W − L).
 * Above 0.5 even when TP1 and the stop are equally far, because both exits pay fees.
 */
export function breakevenHitRate(calls: readonly TradeCall[]): number | null {
  if (calls.length === 0) return null;
  const win = average(calls, (c) => c.tp1NetReturn);
  const loss = average(calls, (c) => c.stopNetReturn);
  return -loss / (win - loss);
}

/** Confidence of the call at the 90th percentile: the calls at or above it are the top tenth. */
export function topDecileThreshold(calls: readonly TradeCall[]): number | null {
  if (calls.length === 0) return null;
  const sorted = calls.map((c) => c.confidence).sort((x, y) => y - x);
  return sorted[Math.ceil(sorted.length / 10) - 1]!;
}

function average<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((sum, item) => sum + value(item), 0) / items.length;
}
