import type { TradeResult } from './barrier.js';
import { dayBootstrap } from './dayBootstrap.js';

/** One resolved call, as the bucket statistics need it. */
export interface CallResult {
  result: TradeResult;
  /** Net return after fees at the call's real exit. */
  netReturn: number;
  /** Net return after fees had it closed at TP1, and at the stop: the two sides of the break-even. */
  tp1NetReturn: number;
  stopNetReturn: number;
  /** Open time (ms) of the entry candle: the bootstrap resamples UTC days of it. */
  time: number;
}

/**
 * The statistics every surface reports for a bucket of calls (models/train/metrics.py signal_stats computes
 * the same, with the same bootstrap draws).
 */
export interface CallStats {
  count: number;
  wins: number;
  stops: number;
  expired: number;
  /** wins / (wins + stops); null when neither happened. */
  win_rate: number | null;
  /**
   * Σ(−stopNet) / Σ(tp1Net − stopNet) over the bucket: the win rate at which trades that end at TP1 or at the
   * stop earn nothing after fees. Above 0.5 even with TP1 and the stop equally far, as both exits pay fees.
   */
  breakeven_win_rate: number | null;
  /** Mean net return after fees of every call, expired ones included, at their real exits. */
  mean_net_return: number | null;
  /** 95% bootstrap interval of mean_net_return, resampling UTC days of the entry (pairs move together). */
  mean_net_return_ci95: [number, number] | null;
}

/** Count, wins, stops, expired, win rate against break-even, and the mean net return with its interval. */
export function callStats(calls: readonly CallResult[]): CallStats {
  const count = calls.length;
  const wins = calls.filter((c) => c.result === 'win').length;
  const stops = calls.filter((c) => c.result === 'stop').length;
  if (count === 0) {
    return {
      count, wins, stops, expired: 0, win_rate: null, breakeven_win_rate: null, mean_net_return: null, mean_net_return_ci95: null,
    };
  }
  const loss = sum(calls.map((c) => -c.stopNetReturn));
  const span = sum(calls.map((c) => c.tp1NetReturn - c.stopNetReturn));
  return {
    count,
    wins,
    stops,
    expired: count - wins - stops,
    win_rate: wins + stops > 0 ? wins / (wins + stops) : null,
    breakeven_win_rate: span > 0 ? loss / span : null,
    mean_net_return: sum(calls.map((c) => c.netReturn)) / count,
    mean_net_return_ci95: dayBootstrap(calls),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
