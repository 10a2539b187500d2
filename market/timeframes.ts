/** The one list of timeframes the product serves; everything else derives from it. */
export const TIMEFRAMES = ['15m', '1h', '4h', '1d'] as const;

export type Timeframe = (typeof TIMEFRAMES)[number];

const MINUTE_MS = 60_000;

const TIMEFRAME_MINUTES: Record<Timeframe, number> = {
  '15m': 15,
  '1h': 60,
  '4h': 240,
  '1d': 1440,
};

export function isTimeframe(value: string): value is Timeframe {
  return (TIMEFRAMES as readonly string[]).includes(value);
}

export function timeframeMinutes(timeframe: Timeframe): number {
  return TIMEFRAME_MINUTES[timeframe];
}

export function timeframeMs(timeframe: Timeframe): number {
  return TIMEFRAME_MINUTES[timeframe] * MINUTE_MS;
}

/** Open time of the candle that contains `time`. Candles are aligned to the Unix epoch (UTC). */
export function candleOpenTime(time: number, timeframe: Timeframe): number {
  const span = timeframeMs(timeframe);
  return Math.floor(time / span) * span;
}

/** The moment the candle containing `time` closes (its successor's open time). */
export function nextCandleClose(time: number, timeframe: Timeframe): number {
  return candleOpenTime(time, timeframe) + timeframeMs(timeframe);
}
