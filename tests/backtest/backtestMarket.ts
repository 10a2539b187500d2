import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import type { CandleMap } from '../../market/candleFileWriter.js';
import { syntheticMarket } from '../support/syntheticMarket.js';

export const BACKTEST_PAIRS = ['BTC/USDT', 'ETH/USDT', 'BCH/USDT'];
export const BACKTEST_TIMEFRAMES: Timeframe[] = ['1h', '4h'];
/** Enough for the shipped models' 60-candle window, its 60-candle warm-up and ~200 decisions per pair. */
const BACKTEST_CANDLES = 330;

/** A small market for backtests: three pairs on 1h and 4h. */
export function backtestMarket(): CandleMap {
  const all = syntheticMarket(BACKTEST_CANDLES);
  return new Map(
    BACKTEST_PAIRS.map((symbol) => {
      const byTimeframe = all.get(symbol)!;
      return [symbol, new Map(BACKTEST_TIMEFRAMES.map((tf): [Timeframe, Candle[]] => [tf, byTimeframe.get(tf)!]))];
    }),
  );
}
