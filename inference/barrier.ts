import type { Candle } from '../market/candle.js';
import { timeframeMs, type Timeframe } from '../market/timeframes.js';
import type { Direction } from './labels.js';

/**
 * The one definition of a hit (DESIGN.md, "the barrier rule"). Training labels, live outcomes and the
 * backtester all call this file, so an accuracy means the same thing everywhere.
 */
export interface BarrierSettings {
  /** Stop-loss distance in ATRs. */
  a: number;
  /** Take-profit step in ATRs: TP_k = entry ± k·b·ATR; also the label barrier. */
  b: number;
  /** Horizon in candles. */
  horizon: number;
}

/**
 * Per timeframe. b and the horizon were chosen on the 34 Binance pairs so that each label class holds
 * roughly a third of the samples (shares are in the model cards); a = b keeps TP1 and the stop symmetric,
 * so "TP1 before SL" and the label agree.
 */
export const BARRIERS: Record<Timeframe, BarrierSettings> = {
  '15m': { a: 2, b: 2, horizon: 12 },
  '1h': { a: 2, b: 2, horizon: 12 },
  '4h': { a: 1.5, b: 1.5, horizon: 8 },
  '1d': { a: 1.2, b: 1.2, horizon: 6 },
};

export type TradeSide = Exclude<Direction, 'NO_TRADE'>;
export const TAKE_PROFIT_STEPS = [1, 2, 3] as const;

export interface TradeLevels {
  side: TradeSide;
  entry: number;
  stopLoss: number;
  /** TP1, TP2, TP3. */
  takeProfits: [number, number, number];
}

export function tradeLevels(side: TradeSide, entry: number, atr: number, settings: BarrierSettings): TradeLevels {
  const sign = side === 'LONG' ? 1 : -1;
  const [tp1, tp2, tp3] = TAKE_PROFIT_STEPS.map((k) => entry + sign * k * settings.b * atr);
  return { side, entry, stopLoss: entry - sign * settings.a * atr, takeProfits: [tp1!, tp2!, tp3!] };
}

/**
 * Candles inside the horizon of a decision taken at the close of the candle opened at `entryTime`:
 * the next `horizon` candle slots by time, so a gap in the data shortens the walk instead of stretching it.
 */
export function horizonCandles(
  candles: readonly Candle[],
  entryTime: number,
  timeframe: Timeframe,
  horizon: number,
): Candle[] {
  const span = timeframeMs(timeframe);
  const end = entryTime + span * (horizon + 1);
  return candles.filter((c) => c.time > entryTime && c.time < end);
}

/** True when the horizon has fully elapsed by `now`, so "no barrier touched" is final. */
export function horizonElapsed(entryTime: number, timeframe: Timeframe, horizon: number, now: number): boolean {
  return now >= entryTime + timeframeMs(timeframe) * (horizon + 1);
}

interface Touches {
  up: boolean;
  down: boolean;
}

function touches(candle: Candle, upper: number, lower: number): Touches {
  return { up: candle.high >= upper, down: candle.low <= lower };
}

/**
 * Training label: which of entry ± b·ATR is touched first within the horizon. A candle that touches both
 * counts as the stop for either side, so no direction would have paid: NO_TRADE.
 */
export function directionLabel(entry: number, atr: number, future: readonly Candle[], settings: BarrierSettings): {
  label: Direction;
  /** Candles until the winning barrier, or null for NO_TRADE. */
  candles: number | null;
} {
  const upper = entry + settings.b * atr;
  const lower = entry - settings.b * atr;
  for (const [i, candle] of future.entries()) {
    const { up, down } = touches(candle, upper, lower);
    if (up && down) return { label: 'NO_TRADE', candles: null };
    if (up) return { label: 'LONG', candles: i + 1 };
    if (down) return { label: 'SHORT', candles: i + 1 };
  }
  return { label: 'NO_TRADE', candles: null };
}

export type TradeOutcome = 'TP1' | 'TP2' | 'TP3' | 'SL' | 'EXPIRED';

export interface TradeWalk {
  /** The highest take-profit reached before the stop or the horizon; SL if the stop came first; else EXPIRED. */
  outcome: TradeOutcome;
  /** TP1 touched before the stop: what every hit rate in this product counts. */
  hit: boolean;
  /** Candles until TP1, or null if it was never reached. */
  candlesToTp1: number | null;
  /** Candles walked until the trade ended (stop, TP3 or the last candle given). */
  candlesWalked: number;
  /** Price at which the trade ended: the stop, TP3, or the last close when the walk ran out. */
  exitPrice: number;
  /** Open time of the candle the trade ended in, or null when no candle was walked. */
  exitTime: number | null;
}

/**
 * Walks a trade through the candles after its entry. A candle that touches the stop ends the trade at the
 * stop, even if it also touches a take-profit (the conservative reading). TP3 ends it at TP3.
 */
export function walkTrade(levels: TradeLevels, future: readonly Candle[]): TradeWalk {
  const long = levels.side === 'LONG';
  let reached = 0;
  let candlesToTp1: number | null = null;
  let exitPrice = levels.entry;
  let exitTime: number | null = null;
  for (const [i, candle] of future.entries()) {
    exitTime = candle.time;
    const stopped = long ? candle.low <= levels.stopLoss : candle.high >= levels.stopLoss;
    if (stopped) {
      return finish(reached, true, candlesToTp1, i + 1, levels.stopLoss, exitTime);
    }
    const best = long ? candle.high : candle.low;
    const touched = levels.takeProfits.filter((tp) => (long ? best >= tp : best <= tp)).length;
    if (touched > 0 && candlesToTp1 === null) candlesToTp1 = i + 1;
    reached = Math.max(reached, touched);
    if (reached === TAKE_PROFIT_STEPS.length) {
      return finish(reached, false, candlesToTp1, i + 1, levels.takeProfits[2], exitTime);
    }
    exitPrice = candle.close;
  }
  return finish(reached, false, candlesToTp1, future.length, exitPrice, exitTime);
}

function finish(
  reached: number,
  stopped: boolean,
  candlesToTp1: number | null,
  candlesWalked: number,
  exitPrice: number,
  exitTime: number | null,
): TradeWalk {
  const outcome: TradeOutcome = reached > 0 ? (`TP${reached}` as TradeOutcome) : stopped ? 'SL' : 'EXPIRED';
  return { outcome, hit: reached > 0, candlesToTp1, candlesWalked, exitPrice, exitTime };
}
