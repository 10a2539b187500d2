import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';
import { resultOf, type TradeOutcome, type TradeSide } from './barrier.js';
import { callStats, type CallResult, type CallStats } from './callStats.js';
import { netReturn } from './tradeReturn.js';

/** The windows /performance reports, in days. */
export const PERFORMANCE_DAYS = [7, 30, 90] as const;

/** Confidence bands of /performance; calibrated confidences sit mostly between 1/3 and 1/2. */
export const CONFIDENCE_BANDS: readonly { label: string; from: number; below: number }[] = [
  { label: '<40%', from: 0, below: 0.4 },
  { label: '40–45%', from: 0.4, below: 0.45 },
  { label: '45–50%', from: 0.45, below: 0.5 },
  { label: '≥50%', from: 0.5, below: Infinity },
];

const DAY_MS = 86_400_000;
/** How far back /performance reads: its longest window. */
export const PERFORMANCE_HISTORY_MS = Math.max(...PERFORMANCE_DAYS) * DAY_MS;

/** An alert signal, its levels and, once resolved by the one trade rule (outcome.ts), its outcome and return after fees. */
export interface SignalResult {
  symbol: string;
  timeframe: string;
  confidence: number;
  candleTime: number;
  direction: string;
  entry: number;
  stopLoss: number | null;
  tp1: number | null;
  /** TP1/TP2/TP3 (a win), SL or EXPIRED; null while open. */
  outcome: string | null;
  netReturn: number | null;
}

/**
 * A group of signals: how many, how many resolved, and the resolved ones' statistics by the one trade rule
 * (callStats.ts: wins, stops, expired, win rate against break-even, mean net return with its day
 * bootstrap interval). P&L is the sum of returns after fees, one unit of notional per signal.
 */
export interface Tally {
  signals: number;
  resolved: number;
  stats: CallStats;
  pnl: number;
}

export interface PairResult extends Tally {
  symbol: string;
}

export interface MoodMove {
  first: number;
  last: number;
  low: number;
  high: number;
  changes: number;
}

export interface PerformanceWindow {
  days: number;
  total: Tally;
  byTimeframe: { timeframe: Timeframe; tally: Tally }[];
  byBand: { band: string; tally: Tally }[];
  /** Highest and lowest P&L among pairs with a resolved signal; null when none is resolved. */
  best: PairResult | null;
  worst: PairResult | null;
  /** How the mood moved in the window; null without a snapshot in it. */
  mood: MoodMove | null;
}

export interface PerformanceReport {
  /** The timeframe asked for, or null for all. */
  timeframe: Timeframe | null;
  windows: PerformanceWindow[];
}

/** /performance as data: the live counterpart of the model cards, from alert signals and mood snapshots. */
export function performanceReport(
  results: readonly SignalResult[],
  moods: readonly { takenAt: number; score: number }[],
  timeframe: Timeframe | null,
  now: number,
): PerformanceReport {
  const windows = PERFORMANCE_DAYS.map((days): PerformanceWindow => {
    const since = now - days * DAY_MS;
    const inWindow = results.filter((r) => r.candleTime >= since);
    const pairs = [...groupBy(inWindow, (r) => r.symbol)]
      .map(([symbol, rows]): PairResult => ({ symbol, ...tally(rows) }))
      .filter((p) => p.resolved > 0)
      .sort((x, y) => y.pnl - x.pnl);
    return {
      days,
      total: tally(inWindow),
      byTimeframe: TIMEFRAMES.filter((tf) => timeframe === null || tf === timeframe).map((tf) => ({
        timeframe: tf,
        tally: tally(inWindow.filter((r) => r.timeframe === tf)),
      })),
      byBand: CONFIDENCE_BANDS.map(({ label, from, below }) => ({
        band: label,
        tally: tally(inWindow.filter((r) => r.confidence >= from && r.confidence < below)),
      })),
      best: pairs[0] ?? null,
      worst: pairs.at(-1) ?? null,
      mood: moodMove(moods.filter((m) => m.takenAt >= since).map((m) => m.score)),
    };
  });
  return { timeframe, windows };
}

/** Counts and statistics of signals; the daily digest tallies its outcomes with it too. */
export function tally(rows: readonly SignalResult[]): Tally {
  const resolved = rows.flatMap((r) => callResult(r) ?? []);
  return {
    signals: rows.length,
    resolved: resolved.length,
    stats: callStats(resolved),
    pnl: resolved.reduce((sum, r) => sum + r.netReturn, 0),
  };
}

const OUTCOMES = new Set<string>(['TP1', 'TP2', 'TP3', 'SL', 'EXPIRED']);

/**
 * A resolved signal as the bucket statistics read it; null while open. Its result comes from the stored
 * outcome name (resultOf), which means the same for outcomes stored before the one trade rule; their return
 * is the one stored then (those trades were held past TP1 until the stop, TP3 or the horizon).
 */
export function callResult(r: SignalResult): CallResult | null {
  if (r.outcome === null || r.netReturn === null || !OUTCOMES.has(r.outcome)) return null;
  const side = r.direction as TradeSide;
  const at = (level: number | null) => (level === null ? 0 : netReturn(side, r.entry, level));
  return {
    result: resultOf(r.outcome as TradeOutcome),
    netReturn: r.netReturn,
    tp1NetReturn: at(r.tp1),
    stopNetReturn: at(r.stopLoss),
    time: r.candleTime,
  };
}

function moodMove(scores: readonly number[]): MoodMove | null {
  if (scores.length === 0) return null;
  return {
    first: scores[0]!,
    last: scores.at(-1)!,
    low: Math.min(...scores),
    high: Math.max(...scores),
    changes: scores.length - 1,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
