import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import { logReturnStd } from './indicatorMath.js';
import { scaledReturn } from './rolling.js';
import { contiguousRuns } from './segments.js';

/**
 * What the whole market is doing at a candle: BTC and an equal-weight basket of large, long-listed pairs.
 * Altcoins follow the market most of the time, so a pair's call reads these beside its own candles.
 * Every value is a move in units of the series' own volatility, so the numbers mean the same in 2018 and 2024.
 */
export const MARKET_LEADER = 'BTC/USDT';
/** Pairs listed on Binance since 2018–2019 and in every data folder; the leader is one of them. */
export const MARKET_BASKET = ['BTC/USDT', 'ETH/USDT', 'XRP/USDT', 'ADA/USDT', 'LTC/USDT', 'LINK/USDT', 'XLM/USDT', 'ETC/USDT'] as const;
/** Lags (candles) of the volatility-scaled returns. */
export const RETURN_LAGS = [1, 4, 16] as const;
/** Candles of log returns behind the volatility that scales a return. */
export const VOLATILITY_PERIOD = 50;
/** Breadth: the share of basket pairs above their close this many candles ago. */
export const BREADTH_PERIOD = 20;

export const CONTEXT_FEATURES = [
  ...RETURN_LAGS.map((lag) => `btc_z${lag}`),
  ...RETURN_LAGS.map((lag) => `basket_z${lag}`),
  `breadth${BREADTH_PERIOD}`,
] as const;

const BASKET_Z = RETURN_LAGS.length;
const BREADTH = 2 * RETURN_LAGS.length;

/** Context values by candle open time, in CONTEXT_FEATURES order; undefined where the leader has no candle. */
export interface MarketContext {
  at(time: number): Float64Array | undefined;
}

/**
 * Per candle of a series: its returns at RETURN_LAGS scaled by `volatility`, the sample std of its last
 * VOLATILITY_PERIOD log returns (NaN in warm-up); a caller that has that series already passes it.
 */
export function scaledReturns(
  close: ArrayLike<number>,
  volatility: ArrayLike<number> = logReturnStd(close, VOLATILITY_PERIOD),
): Float64Array[] {
  return RETURN_LAGS.map((lag) => scaledReturn(close, lag, volatility));
}

/** One member's readings by time: its scaled returns and 1/0 for "above its close BREADTH_PERIOD ago". */
function memberReadings(candles: readonly Candle[], timeframe: Timeframe): Map<number, Float64Array> {
  const readings = new Map<number, Float64Array>();
  for (const [start, end] of contiguousRuns(candles, timeframe)) {
    const close = candles.slice(start, end).map((c) => c.close);
    const returns = scaledReturns(close);
    close.forEach((price, i) => {
      const values = new Float64Array(RETURN_LAGS.length + 1);
      returns.forEach((series, k) => (values[k] = series[i]!));
      values[RETURN_LAGS.length] = i >= BREADTH_PERIOD ? Number(price > close[i - BREADTH_PERIOD]!) : NaN;
      readings.set(candles[start + i]!.time, values);
    });
  }
  return readings;
}

/** Mean of the finite values; NaN when there is none. */
function finiteMean(values: readonly number[]): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : NaN;
}

/**
 * The context from the basket members' candles of one timeframe (members missing from `members` are left
 * out of the basket; without the leader there is no context, so no call is made without it). The
 * basket averages its members in MARKET_BASKET order, so the live path and the dataset export agree bit for bit.
 */
export function buildMarketContext(members: ReadonlyMap<string, readonly Candle[]>, timeframe: Timeframe): MarketContext {
  const present = MARKET_BASKET.filter((symbol) => members.has(symbol));
  const readings = present.map((symbol) => memberReadings(members.get(symbol)!, timeframe));
  const leader = readings[present.indexOf(MARKET_LEADER)];
  const context = new Map<number, Float64Array>();
  // Only the leader's candle times: a moment without a BTC candle has no context.
  for (const [time, own] of leader ?? []) {
    const values = new Float64Array(CONTEXT_FEATURES.length);
    const atTime = readings.map((r) => r.get(time));
    RETURN_LAGS.forEach((_, k) => {
      values[k] = own[k]!;
      values[BASKET_Z + k] = finiteMean(atTime.map((r) => (r ? r[k]! : NaN)));
    });
    values[BREADTH] = finiteMean(atTime.map((r) => (r ? r[RETURN_LAGS.length]! : NaN)));
    context.set(time, values);
  }
  return { at: (time) => context.get(time) };
}

/** Index of basket_z<lag> in CONTEXT_FEATURES: the pair's relative strength is measured against it. */
export function basketColumn(lagIndex: number): number {
  return BASKET_Z + lagIndex;
}
