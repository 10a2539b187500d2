import type { ReplayFile } from '../../market/candleFiles.js';
import { readPair, selectFiles } from '../../market/pairFiles.js';
import type { Timeframe } from '../../market/timeframes.js';
import { buildMarketContext, MARKET_BASKET, type MarketContext } from '../features/marketContext.js';

/** The market context of a timeframe from the basket members found in the folders (whatever --pairs says). */
export function loadContext(all: readonly ReplayFile[], timeframe: Timeframe, log: (line: string) => void): MarketContext {
  const members = new Map(selectFiles(all, timeframe, MARKET_BASKET).map((files) => [files.symbol, readPair(files)] as const));
  const absent = MARKET_BASKET.filter((symbol) => !members.has(symbol));
  if (absent.length > 0) log(`note: ${timeframe}: market basket without ${absent.join(', ')} (no files)`);
  return buildMarketContext(members, timeframe);
}
