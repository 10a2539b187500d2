import { isTimeframe, type Timeframe } from '../market/timeframes.js';

/** Telegram's limit for callback_data, in bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** Data of a timeframe button: `p:BTC/USDT:4h`. */
export function predictCallbackData(symbol: string, timeframe: Timeframe): string {
  const data = `p:${symbol}:${timeframe}`;
  if (Buffer.byteLength(data) > MAX_CALLBACK_DATA_BYTES) {
    throw new Error(`callback data over ${MAX_CALLBACK_DATA_BYTES} bytes for ${symbol}`);
  }
  return data;
}

/** Matches every timeframe button, including ones from older messages. */
export const PREDICT_CALLBACK = /^p:/;

/** The symbol and timeframe of a button, or null when the data is not ours (old or forged). */
export function parsePredictCallbackData(data: string): { symbol: string; timeframe: Timeframe } | null {
  const match = /^p:([A-Z0-9]{1,20}\/[A-Z0-9]{1,20}):([0-9a-z]{1,4})$/.exec(data);
  const [, symbol, timeframe] = match ?? [];
  if (symbol === undefined || timeframe === undefined || !isTimeframe(timeframe)) return null;
  return { symbol, timeframe };
}
