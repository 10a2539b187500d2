import type { Candle } from '../market/candle.js';
import type { Timeframe } from '../market/timeframes.js';
import {
  BARRIERS,
  horizonCandles,
  horizonElapsed,
  walkTrade,
  type TradeLevels,
  type TradeOutcome,
  type TradeResult,
} from './barrier.js';
import { netReturn } from './tradeReturn.js';

/**
 * How a paper trade ended: at its stop, at TP1, or at the last close of the horizon. `tp3` is only found in
 * outcomes stored before the one trade rule, when a trade ran on from TP1 to TP3 (see resolveTrade).
 */
export type TradeExit = 'stop' | 'tp1' | 'expiry';

/** The final result of a signal's trade, by the one trade rule (barrier.ts walkTrade). */
export interface ResolvedTrade {
  result: TradeResult;
  /** TP1/TP2/TP3 for a win (how far the price went on its exit candle), SL for a stop, EXPIRED for an expiry. */
  outcome: TradeOutcome;
  /** result === 'win'. */
  hit: boolean;
  exit: TradeExit;
  exitPrice: number;
  /** Open time of the candle the trade ended in; null when no candle of the horizon was available. */
  exitTime: number | null;
  candlesWalked: number;
  /** After fees (tradeReturn.ts), as a share of the entry notional. */
  netReturn: number;
}

const EXIT: Record<TradeResult, TradeExit> = { win: 'tp1', stop: 'stop', expired: 'expiry' };

/**
 * Resolves a trade entered at the close of the candle opened at `entryTime`, from the candles after it
 * (any closed candles; those past the horizon of H candles are ignored), by the one trade rule:
 * - TP1 touched before the stop: a win, closed at TP1;
 * - the stop touched first (a candle touching both the stop and TP1 counts as the stop): closed at the stop;
 * - neither, once the horizon has closed: expired, closed at the close of its last candle.
 * The training label, the backtest, `npm run evaluate` and /performance all count results by this rule.
 * Outcomes stored before it (the outcome job then held a trade past TP1 until the stop, TP3 or the horizon)
 * keep their exit and return; their win/stop/expired reading (resultOf) is the same as now.
 * Returns null while the trade is still open: neither touched, and the horizon has not elapsed by `now`.
 */
export function resolveTrade(
  levels: TradeLevels,
  timeframe: Timeframe,
  entryTime: number,
  candles: readonly Candle[],
  now: number,
): ResolvedTrade | null {
  const { horizon } = BARRIERS[timeframe];
  const walk = walkTrade(levels, horizonCandles(candles, entryTime, timeframe, horizon));
  if (walk.result === 'expired' && !horizonElapsed(entryTime, timeframe, horizon, now)) return null;
  return {
    result: walk.result,
    outcome: walk.outcome,
    hit: walk.hit,
    exit: EXIT[walk.result],
    exitPrice: walk.exitPrice,
    exitTime: walk.exitTime,
    candlesWalked: walk.candlesWalked,
    netReturn: netReturn(levels.side, levels.entry, walk.exitPrice),
  };
}

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

export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 20_240_813;
const DAY_MS = 86_400_000;

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

/**
 * Percentiles 2.5 and 97.5 of the mean net return over BOOTSTRAP_RESAMPLES resamples of the calls' UTC days
 * (drawn with replacement, as many as there are days; each draw brings all of that day's calls). The draws
 * come from a counter hash (`drawIndex`), so Python (models/train/metrics.py) draws the very same days.
 */
export function dayBootstrap(calls: readonly { netReturn: number; time: number }[]): [number, number] | null {
  if (calls.length === 0) return null;
  const byDay = new Map<number, { sum: number; count: number }>();
  for (const c of calls) {
    const day = Math.floor(c.time / DAY_MS);
    const entry = byDay.get(day) ?? { sum: 0, count: 0 };
    entry.sum += c.netReturn;
    entry.count += 1;
    byDay.set(day, entry);
  }
  const days = [...byDay.keys()].sort((x, y) => x - y).map((d) => byDay.get(d)!);
  const means = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    let total = 0;
    let n = 0;
    for (let j = 0; j < days.length; j++) {
      const day = days[drawIndex(r * days.length + j, days.length)]!;
      total += day.sum;
      n += day.count;
    }
    means[r] = total / n;
  }
  means.sort();
  return [percentile(means, 2.5), percentile(means, 97.5)];
}

/** Index in [0, size) of draw number `counter`: the lowbias32 hash of counter + seed·golden ratio. */
export function drawIndex(counter: number, size: number): number {
  let x = (counter + Math.imul(BOOTSTRAP_SEED, 0x9e3779b9)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x ^= x >>> 16;
  return Math.floor(((x >>> 0) / 4_294_967_296) * size);
}

/** Linear interpolation between the order statistics of a sorted array (numpy's default percentile). */
function percentile(sorted: Float64Array, p: number): number {
  const position = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
