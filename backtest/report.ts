import { callStats, type CallResult } from '../inference/callStats.js';
import { netReturn } from '../inference/tradeReturn.js';
import type { Timeframe } from '../market/timeframes.js';
import type { EquityCurves } from './equity.js';
import { averageCurves, curveStats, type CurveStats } from './metrics.js';
import type { TrainingPeriod } from '../inference/models/trainingPeriod.js';
import type { BacktestTrade } from './trades.js';
import type { SkipNote } from './universe.js';

/** What the replay of one timeframe produced. */
export interface TimeframeRun {
  timeframe: Timeframe;
  /** Pairs with at least one decision. */
  pairs: string[];
  /** Predictions made (one per pair per candle close, after the indicator warm-up). */
  decisions: number;
  /** Decisions inside the model's training period (trainingPeriod.ts): in-sample, not evidence. */
  inSample: number;
  trainedOn: TrainingPeriod | null;
  /** The confidence an alert needed: --min-confidence, else the model card's threshold. */
  minConfidence: number;
  trades: BacktestTrade[];
  curves: EquityCurves;
}

/** Counts and returns of a set of trades, each on one unit of notional (the live paper ledger). */
export interface TradeStats {
  signals: number;
  long: number;
  short: number;
  /** Trades whose outcome is known by the end of the period. */
  resolved: number;
  /** Still open at the end: no outcome, left out of every statistic below. */
  open: number;
  /** Resolved trades by the one trade rule (inference/outcome.ts): TP1 before the stop, closed at TP1. */
  wins: number;
  /** The stop touched first (a candle touching both counts as the stop), closed at the stop. */
  stops: number;
  /** Neither within the horizon: closed at its last close. */
  expired: number;
  /** wins / (wins + stops); null without either. */
  winRate: number | null;
  /** The win rate at which trades ending at TP1 or the stop earn nothing after fees (callStats). */
  breakevenWinRate: number | null;
  /** Sum of the resolved trades' net returns after 0.1% fees per side: P&L per unit of notional per trade. */
  pnl: number;
  /** Mean net return of the resolved trades, expired ones included, and its 95% interval (bootstrap by UTC day). */
  meanReturn: number | null;
  meanReturnCi95: [number, number] | null;
}

export interface SummaryRow extends TradeStats {
  timeframe: Timeframe | 'all';
  pairs: number;
  decisions: number;
  /** Share of the decisions made inside the model's training period: numbers there are in-sample. */
  inSample: number;
  /** The model's training period from its metadata; null for "all" or when unstated. */
  trainedOn: TrainingPeriod | null;
  /** The confidence an alert needed on this timeframe; null for "all". */
  minConfidence: number | null;
  /** The portfolio of equity.ts (1/P of its value per alert, marked to market). */
  strategy: CurveStats;
  buyAndHold: CurveStats;
  /** Share of pair-time with a trade open (for "all": the mean over the timeframes). */
  exposure: number;
}

export interface PairRow extends TradeStats {
  symbol: string;
  timeframe: Timeframe;
}

export interface CurvePoints {
  timeframe: Timeframe | 'all';
  times: number[];
  strategy: number[];
  buyAndHold: number[];
}

export interface BacktestReport {
  data: string;
  models: string;
  /** First and last decision time (ISO, UTC). */
  period: { from: string; to: string };
  /** --min-confidence for every timeframe; null when each model card's threshold applied (see the rows). */
  minConfidence: number | null;
  feeRate: number;
  skipped: SkipNote[];
  /** One row per timeframe, then "all": the timeframes' portfolios in equal parts. */
  summary: SummaryRow[];
  pairs: PairRow[];
  trades: BacktestTrade[];
  /** The equity curves of the summary rows; the "all" curve is on the finest timeframe's times. */
  curves: CurvePoints[];
}

export function tradeStats(trades: readonly BacktestTrade[]): TradeStats {
  const resolved = trades.flatMap((t) => callResultOf(t) ?? []);
  const stats = callStats(resolved);
  return {
    signals: trades.length,
    long: trades.filter((t) => t.direction === 'LONG').length,
    short: trades.filter((t) => t.direction === 'SHORT').length,
    resolved: resolved.length,
    open: trades.length - resolved.length,
    wins: stats.wins,
    stops: stats.stops,
    expired: stats.expired,
    winRate: stats.win_rate,
    breakevenWinRate: stats.breakeven_win_rate,
    pnl: resolved.reduce((sum, r) => sum + r.netReturn, 0),
    meanReturn: stats.mean_net_return,
    meanReturnCi95: stats.mean_net_return_ci95,
  };
}

/** A resolved trade as callStats reads it: its result and return, and its returns at TP1 and at the stop. */
function callResultOf(trade: BacktestTrade): CallResult | null {
  if (!trade.result) return null;
  const { side, entry, stopLoss, takeProfits } = trade.levels;
  return {
    result: trade.result.result,
    netReturn: trade.result.netReturn,
    tp1NetReturn: netReturn(side, entry, takeProfits[0]),
    stopNetReturn: netReturn(side, entry, stopLoss),
    time: trade.candleTime,
  };
}

/** The summary rows, per-pair rows and curves of the timeframes' runs. */
export function summarise(runs: readonly TimeframeRun[]): Pick<BacktestReport, 'summary' | 'pairs' | 'curves'> {
  const curves: CurvePoints[] = runs.map(({ timeframe, curves: c }) => ({
    timeframe,
    times: c.times,
    strategy: c.strategy,
    buyAndHold: c.buyAndHold,
  }));
  const summary: SummaryRow[] = runs.map((run) => ({
    timeframe: run.timeframe,
    pairs: run.pairs.length,
    decisions: run.decisions,
    inSample: run.inSample / run.decisions,
    trainedOn: run.trainedOn,
    minConfidence: run.minConfidence,
    ...tradeStats(run.trades),
    strategy: curveStats(run.curves.times, run.curves.strategy),
    buyAndHold: curveStats(run.curves.times, run.curves.buyAndHold),
    exposure: run.curves.exposure,
  }));
  if (runs.length > 1) {
    const strategy = averageCurves(curves.map((c) => ({ times: c.times, values: c.strategy })));
    const hold = averageCurves(curves.map((c) => ({ times: c.times, values: c.buyAndHold })));
    curves.push({ timeframe: 'all', times: strategy.times, strategy: strategy.values, buyAndHold: hold.values });
    summary.push({
      timeframe: 'all',
      pairs: new Set(runs.flatMap((r) => r.pairs)).size,
      decisions: runs.reduce((n, r) => n + r.decisions, 0),
      inSample: runs.reduce((n, r) => n + r.inSample, 0) / runs.reduce((n, r) => n + r.decisions, 0),
      trainedOn: null,
      minConfidence: null,
      ...tradeStats(runs.flatMap((r) => r.trades)),
      strategy: curveStats(strategy.times, strategy.values),
      buyAndHold: curveStats(hold.times, hold.values),
      exposure: runs.reduce((s, r) => s + r.curves.exposure, 0) / runs.length,
    });
  }
  const pairs = runs.flatMap((run) =>
    run.pairs.map((symbol) => ({
      symbol,
      timeframe: run.timeframe,
      ...tradeStats(run.trades.filter((t) => t.symbol === symbol)),
    })),
  );
  return { summary, pairs, curves };
}
