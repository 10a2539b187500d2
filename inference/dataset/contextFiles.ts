import type { Candle } from '../../market/candle.js';
import type { ReplayFile } from '../../market/candleFiles.js';
import { readPair, selectFiles } from '../../market/pairFiles.js';
import type { Timeframe } from '../../market/timeframes.js';
import { buildMarketContext, MARKET_BASKET, type MarketContext } from '../features/marketContext.js';

/** The candles of the basket members found in the folders (whatever --pairs says), by symbol. */
export function loadBasket(all: readonly ReplayFile[], timeframe: Timeframe, log: (line: string) => void): Map<string, Candle[]> {
  const members = new Map(selectFiles(all, timeframe, MARKET_BASKET).map((files) => [files.symbol, readPair(files)] as const));
  const absent = MARKET_BASKET.filter((symbol) => !members.has(symbol));
  if (absent.length > 0) log(`note: ${timeframe}: market basket without ${absent.join(', ')} (no files)`);
  return members;
}

/** The market context of a timeframe from the basket members found in the folders. */
export function loadContext(all: readonly ReplayFile[], timeframe: Timeframe, log: (line: string) => void): MarketContext {
  return buildMarketContext(loadBasket(all, timeframe, log), timeframe);
}
