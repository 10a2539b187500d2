import type { CandleMap } from '../../market/candleFileWriter.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';

/** A fixed moment inside an open candle of every timeframe, so each source has one candle to drop. */
export const MARKET_NOW = Date.UTC(2026, 10, 20, 12, 34, 56);

/** Pairs of the test market, each with its own seed, price level and volatility. */
export const TEST_PAIRS: Record<string, { seed: number; startPrice: number; volatility: number }> = {
  'BTC/USDT': { seed: 1, startPrice: 43_000, volatility: 0.006 },
  'ETH/USDT': { seed: 2, startPrice: 2_300, volatility: 0.008 },
  'BCH/USDT': { seed: 3, startPrice: 240, volatility: 0.01 },
  'SHIB/USDT': { seed: 4, startPrice: 0.00001234, volatility: 0.03 },
  // A stable-coin-like pair: the calm end of /risk.
  'USDC/USDT': { seed: 5, startPrice: 1, volatility: 0.0002 },
};

/** Candles for every test pair and timeframe, ending with the candle still open at `now`. */
export function syntheticMarket(count = 200, now = MARKET_NOW): CandleMap {
  return new Map(
    Object.entries(TEST_PAIRS).map(([symbol, pair]) => [
      symbol,
      new Map(TIMEFRAMES.map((timeframe, k) => [timeframe, syntheticCandles({ ...pair, seed: pair.seed * 10 + k, count, timeframe, end: now })])),
    ]),
  );
}
