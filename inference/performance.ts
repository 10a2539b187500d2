import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';

/** The windows /performance reports, in days. */
export const PERFORMANCE_DAYS = [7, 30, 90] as const;

/** Confidence bands for hit rates; calibrated confidences sit mostly between 1/3 and 1/2. */
export const CONFIDENCE_BANDS: readonly { label: string; from: number; below: number }[] = [
  { label: '<40%', from: 0, below: 0.4 },
  { label: '40–45%', from: 0.4, below: 0.45 },
  { label: '45–50%', from: 0.45, below: 0.5 },
  { label: '≥50%', from: 0.5, below: Infinity },
];

const DAY_MS = 86_400_000;
/** How far back /performance reads: its longest window. */
export const PERFORMANCE_HISTORY_MS = Math.max(...PERFORMANCE_DAYS) * DAY_MS;

/** An alert signal and, once resolved by the barrier rule, whether it hit TP1 and its return after fees. */
export interface SignalResult {
  symbol: string;
  timeframe: string;
  confidence: number;
  candleTime: number;
  hit: boolean | null;
  netReturn: number | null;
}

/** Counts of a group of signals. P&L is the sum of returns after fees, one unit of notional per signal. */
export interface Tally {
  signals: number;
  resolved: number;
  hits: number;
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

/** Counts of signals; the daily digest tallies its outcomes with it too. */
export function tally(rows: readonly SignalResult[]): Tally {
  const resolved = rows.filter((r) => r.hit !== null);
  return {
    signals: rows.length,
    resolved: resolved.length,
    hits: resolved.filter((r) => r.hit).length,
    pnl: resolved.reduce((sum, r) => sum + (r.netReturn ?? 0), 0),
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
