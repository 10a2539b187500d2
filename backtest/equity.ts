import { netReturn } from '../inference/tradeReturn.js';
import { timeframeMs, type Timeframe } from '../market/timeframes.js';
import type { PairHistory } from './decisions.js';
import type { BacktestTrade } from './trades.js';

/** Portfolio values (start = 1) at the decision times of one timeframe, marked to market. */
export interface EquityCurves {
  times: number[];
  strategy: number[];
  buyAndHold: number[];
  /** Each trade's P&L in portfolio units (its notional × its net return); null while open. */
  tradePnl: (number | null)[];
  /** Each trade's notional in portfolio units. */
  tradeNotional: number[];
  /** Share of pair-time in a trade: over the pairs and the period, how often a pair had a trade open. */
  exposure: number;
}

export interface CurveInput {
  timeframe: Timeframe;
  /** Decision times from the first prediction on, in order. */
  grid: readonly number[];
  histories: readonly PairHistory[];
  /** Each pair's first decision time; pairs without one are not in the portfolio. */
  firstDecision: ReadonlyMap<string, number>;
  /** In entry order. */
  trades: readonly BacktestTrade[];
}

/**
 * The portfolio of one timeframe. Capital 1 is split equally over the P pairs that had a decision. Strategy:
 * each alert trades 1/P of the portfolio's value at its entry (so gains compound), long or short, entering at
 * the decision candle's close and leaving as its outcome says; value = realised P&L plus every open trade's
 * liquidation value at the latest close (netReturn: the exit fee counted as if it closed now). Buy and hold:
 * each pair's 1/P bought at its first decision candle's close and held, valued the same way.
 */
export function equityCurves(input: CurveInput): EquityCurves {
  const span = timeframeMs(input.timeframe);
  const pairs = input.histories.filter((h) => input.firstDecision.has(h.symbol));
  const weight = 1 / pairs.length;
  const closes = new LatestClose(pairs, span);
  const held = new Map<string, number>();
  const open: { index: number; notional: number }[] = [];
  const tradePnl: (number | null)[] = input.trades.map(() => null);
  const tradeNotional: number[] = input.trades.map(() => 0);
  const curves = { times: [...input.grid], strategy: [] as number[], buyAndHold: [] as number[] };
  let realized = 0;
  let value = 1;
  let next = 0;
  for (const time of input.grid) {
    closes.advanceTo(time);
    for (let k = open.length - 1; k >= 0; k--) {
      const { index, notional } = open[k]!;
      const exit = exitClose(input.trades[index]!, span);
      if (exit === null || exit > time) continue;
      tradePnl[index] = notional * input.trades[index]!.result!.netReturn;
      realized += tradePnl[index]!;
      open.splice(k, 1);
    }
    while (next < input.trades.length && entryClose(input.trades[next]!, span) <= time) {
      tradeNotional[next] = value * weight;
      open.push({ index: next, notional: tradeNotional[next]! });
      next++;
    }
    value = 1 + realized;
    for (const { index, notional } of open) {
      const { symbol, levels } = input.trades[index]!;
      value += notional * netReturn(levels.side, levels.entry, closes.of(symbol));
    }
    let hold = 0;
    for (const { symbol } of pairs) {
      if (!held.has(symbol) && input.firstDecision.get(symbol)! <= time) held.set(symbol, closes.of(symbol));
      const bought = held.get(symbol);
      hold += bought === undefined ? weight : weight * (1 + netReturn('LONG', bought, closes.of(symbol)));
    }
    curves.strategy.push(value);
    curves.buyAndHold.push(hold);
  }
  const exposure = exposureShare(input, span, pairs.length);
  return { ...curves, tradePnl, tradeNotional, exposure };
}

/** The trade enters at the close of its decision candle. */
function entryClose(trade: BacktestTrade, span: number): number {
  return trade.candleTime + span;
}

/** The close of the candle the trade ended in; null while open. */
function exitClose(trade: BacktestTrade, span: number): number | null {
  const time = trade.result?.exitTime;
  return time === null || time === undefined ? null : time + span;
}

/** Time each pair spent with at least one trade open, over P pairs × the period. */
function exposureShare(input: CurveInput, span: number, pairs: number): number {
  const start = input.grid[0];
  const end = input.grid[input.grid.length - 1];
  if (start === undefined || end === undefined || end <= start) return 0;
  const intervals = new Map<string, [number, number][]>();
  for (const trade of input.trades) {
    const list = intervals.get(trade.symbol) ?? [];
    list.push([entryClose(trade, span), Math.min(exitClose(trade, span) ?? end, end)]);
    intervals.set(trade.symbol, list);
  }
  let covered = 0;
  for (const list of intervals.values()) {
    let reach = -Infinity;
    for (const [from, to] of list.sort((a, b) => a[0] - b[0])) {
      const begin = Math.max(from, reach);
      if (to > begin) covered += to - begin;
      reach = Math.max(reach, to);
    }
  }
  return covered / (pairs * (end - start));
}

/** The latest close of each pair as the clock moves forward through the decision times. */
class LatestClose {
  private readonly cursor = new Map<string, { candles: PairHistory['candles']; at: number }>();

  constructor(histories: readonly PairHistory[], private readonly span: number) {
    for (const h of histories) this.cursor.set(h.symbol, { candles: h.candles, at: -1 });
  }

  advanceTo(time: number): void {
    for (const c of this.cursor.values()) {
      while (c.at + 1 < c.candles.length && c.candles[c.at + 1]!.time + this.span <= time) c.at++;
    }
  }

  of(symbol: string): number {
    const c = this.cursor.get(symbol)!;
    return c.candles[c.at]!.close;
  }
}
