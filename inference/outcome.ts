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
