import type { Candle } from './candle.js';
import type { Timeframe } from './timeframes.js';

/**
 * Where candles come from: a live exchange through ccxt, or files replayed from disk.
 * Every implementation returns only closed candles, oldest first.
 */
export interface MarketSource {
  /** A short name for logs and /health, e.g. "ccxt:binance" or "replay:/data". */
  readonly name: string;
  /** Unified symbols ("BTC/USDT") this source can serve. */
  listSymbols(): Promise<string[]>;
  /** Up to `limit` most recent closed candles of a unified symbol. */
  fetchClosedCandles(symbol: string, timeframe: Timeframe, limit: number): Promise<Candle[]>;
}
