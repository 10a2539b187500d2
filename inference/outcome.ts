import type { Candle } from '../market/candle.js';
import type { Timeframe } from '../market/timeframes.js';
import { BARRIERS, horizonCandles, horizonElapsed, walkTrade, type TradeLevels, type TradeOutcome } from './barrier.js';
import { netReturn } from './tradeReturn.js';

/** How a paper trade ended: at its stop, at TP3, or at the last close of the horizon. */
export type TradeExit = 'stop' | 'tp3' | 'expiry';

/** The final result of a signal's trade, by the barrier rule. */
export interface ResolvedTrade {
  /** The highest take-profit reached before the trade ended; SL when the stop came first; else EXPIRED. */
  outcome: TradeOutcome;
  /** TP1 was reached before the stop: what every hit rate counts. */
  hit: boolean;
  exit: TradeExit;
  exitPrice: number;
  /** Open time of the candle the trade ended in; null when no candle of the horizon was available. */
  exitTime: number | null;
  candlesWalked: number;
  /** After fees (tradeReturn.ts), as a share of the entry notional. */
  netReturn: number;
}

/**
 * Resolves a trade entered at the close of the candle opened at `entryTime`, from the candles after it
 * (any closed candles; those past the horizon are ignored). The exit rule, in one place:
 * - the stop is touched (a candle touching both the stop and a take-profit counts as the stop): exit at the stop;
 * - TP3 is touched: exit at TP3;
 * - otherwise, once the horizon of H candles has closed: exit at the close of its last candle.
 * The outcome names the highest take-profit reached on the way (TP1/TP2 can end at the stop or at expiry).
 * Returns null while the trade is still open: no stop, no TP3, and the horizon has not elapsed by `now`.
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
  const exit: TradeExit =
    walk.exitTime !== null && walk.exitPrice === levels.stopLoss ? 'stop' : walk.outcome === 'TP3' ? 'tp3' : 'expiry';
  if (exit === 'expiry' && !horizonElapsed(entryTime, timeframe, horizon, now)) return null;
  return {
    outcome: walk.outcome,
    hit: walk.hit,
    exit,
    exitPrice: walk.exitPrice,
    exitTime: walk.exitTime,
    candlesWalked: walk.candlesWalked,
    netReturn: netReturn(levels.side, levels.entry, walk.exitPrice),
  };
}
