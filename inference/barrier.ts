import type { Candle } from '../market/candle.js';
import { timeframeMs, type Timeframe } from '../market/timeframes.js';
import type { Direction } from './labels.js';

/**
 * The one definition of a hit (docs/architecture.md, "The barrier rule"). Training labels, live outcomes and the
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

/** A call's result by the one trade rule: TP1 before the stop, the stop first, or neither within the horizon. */
export type TradeResult = 'win' | 'stop' | 'expired';

/**
 * The outcome names of the outcomes table. A win is named by the furthest take-profit the price had reached
 * by the candle the trade closed in (usually TP1; TP2 or TP3 when that same candle ran on past them without
 * touching the stop): TP2/TP3 are information only, the trade always closes at TP1. SL is a stop, EXPIRED an
 * expiry.
 */
export type TradeOutcome = 'TP1' | 'TP2' | 'TP3' | 'SL' | 'EXPIRED';

/** The result an outcome name stands for; also right for rows stored under the older rule (see outcome.ts). */
export function resultOf(outcome: TradeOutcome): TradeResult {
  return outcome === 'SL' ? 'stop' : outcome === 'EXPIRED' ? 'expired' : 'win';
}

/** The dataset's int8 code of a result: 1 win, −1 stop, 0 expired. */
export const RESULT_CODE: Record<TradeResult, 1 | -1 | 0> = { win: 1, stop: -1, expired: 0 };

export interface TradeWalk {
  result: TradeResult;
  /** TP1/TP2/TP3 for a win (see TradeOutcome), SL for a stop, EXPIRED for an expiry. */
  outcome: TradeOutcome;
  /** result === 'win': TP1 touched before the stop. */
  hit: boolean;
  /** Candles until TP1 for a win, else null. */
  candlesToTp1: number | null;
  /** Candles walked until the trade ended (the TP1 or stop candle, or every candle given). */
  candlesWalked: number;
  /** TP1 for a win, the stop for a stop, the last close walked for an expiry (the entry when none was). */
  exitPrice: number;
  /** Open time of the candle the trade ended in, or null when no candle was walked. */
  exitTime: number | null;
}

/**
 * The one trade rule (docs/architecture.md, "The barrier rule"), walked through the candles of the horizon
 * (horizonCandles):
 * - **win**: TP1 is touched before the stop: exit at TP1;
 * - **stop**: the stop is touched first; a candle that touches both the stop and TP1 counts as the stop (the
 *   conservative reading, as nobody knows which came first inside it): exit at the stop;
 * - **expired**: neither is touched in the candles given: exit at the close of the last of them.
 * A trade still inside its horizon looks expired here; resolveTrade (outcome.ts) waits for the horizon to end.
 * Since a = b on every timeframe, a long call wins exactly when directionLabel says LONG and a short call
 * exactly when it says SHORT (tests/inference/barrier.test.ts proves it).
 */
export function walkTrade(levels: TradeLevels, future: readonly Candle[]): TradeWalk {
  const long = levels.side === 'LONG';
  const reaches = (price: number, level: number) => (long ? price >= level : price <= level);
  for (const [i, candle] of future.entries()) {
    const stopped = long ? candle.low <= levels.stopLoss : candle.high >= levels.stopLoss;
    if (stopped) {
      return { result: 'stop', outcome: 'SL', hit: false, candlesToTp1: null, candlesWalked: i + 1, exitPrice: levels.stopLoss, exitTime: candle.time };
    }
    const best = long ? candle.high : candle.low;
    const reached = levels.takeProfits.filter((tp) => reaches(best, tp)).length;
    if (reached > 0) {
      const outcome = `TP${reached}` as TradeOutcome;
      return { result: 'win', outcome, hit: true, candlesToTp1: i + 1, candlesWalked: i + 1, exitPrice: levels.takeProfits[0], exitTime: candle.time };
    }
  }
  const last = future[future.length - 1];
  return {
    result: 'expired',
    outcome: 'EXPIRED',
    hit: false,
    candlesToTp1: null,
    candlesWalked: future.length,
    exitPrice: last ? last.close : levels.entry,
    exitTime: last ? last.time : null,
  };
}
