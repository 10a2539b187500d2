import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import { NotEnoughCandlesError } from '../errors.js';
import { percentileOf, quantiles } from '../risk/percentiles.js';
import { dailyVolatility } from '../risk/factors.js';

/** Conditions are read on 1h candles: a day is 24 of them. */
export const CONDITIONS_TIMEFRAME: Timeframe = '1h';
const DAY = 24;
/** How far back "usual for this pair" looks. */
const CONDITIONS_HISTORY_DAYS = 30;
/** One reading: a day of hourly returns needs 25 closes. */
const READING_CANDLES = DAY + 1;
/** Candles to ask for: a reading at every hour of the history. */
export const CONDITIONS_CANDLES = CONDITIONS_HISTORY_DAYS * DAY + READING_CANDLES - 1;
/** Fewer than two days of readings say nothing about what is usual. */
const MIN_CANDLES = 2 * DAY + READING_CANDLES - 1;

/** A pair's market now, each figure with where it falls in the pair's own recent history. */
export interface MarketConditions {
  symbol: string;
  timeframe: Timeframe;
  /** Open time of the last closed candle read. */
  candleTime: number;
  /** Its close: the price now, as far as closed candles tell. */
  price: number;
  /** Typical move over a day (0.021 = 2.1%), from the last 24 hourly returns. */
  volatility: number;
  /** Percentile 0–100 of `volatility` among the hourly readings of the history. */
  volatilityPercentile: number;
  /** Traded value in the quote currency over the last 24 candles: how liquid the pair is. */
  quoteVolume24h: number;
  /** Percentile 0–100 of `quoteVolume24h` among the hourly readings of the history. */
  volumePercentile: number;
  /** Days of history behind the percentiles (at most CONDITIONS_HISTORY_DAYS). */
  historyDays: number;
}

/** Conditions at the last of `candles` (closed 1h candles, oldest first; ideally CONDITIONS_CANDLES). */
export function readMarketConditions(symbol: string, candles: readonly Candle[]): MarketConditions {
  if (candles.length < MIN_CANDLES) {
    throw new NotEnoughCandlesError(symbol, CONDITIONS_TIMEFRAME, candles.length, MIN_CANDLES);
  }
  const volatilities: number[] = [];
  const volumes: number[] = [];
  for (let end = candles.length; end >= READING_CANDLES; end--) {
    const window = candles.slice(end - READING_CANDLES, end);
    volatilities.push(dailyVolatility(window));
    volumes.push(quoteVolume(window.slice(-DAY)));
  }
  const [volatility = NaN] = volatilities;
  const [quoteVolume24h = NaN] = volumes;
  const last = candles[candles.length - 1]!;
  return {
    symbol,
    timeframe: CONDITIONS_TIMEFRAME,
    candleTime: last.time,
    price: last.close,
    volatility,
    volatilityPercentile: percentileOf(quantiles(volatilities), volatility),
    quoteVolume24h,
    volumePercentile: percentileOf(quantiles(volumes), quoteVolume24h),
    historyDays: Math.round(volatilities.length / DAY),
  };
}

/** Σ close × volume: each candle's base volume valued at its close. */
function quoteVolume(candles: readonly Candle[]): number {
  return candles.reduce((sum, c) => sum + c.close * c.volume, 0);
}
