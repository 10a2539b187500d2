import type { Candle } from '../market/candle.js';
import type { MarketSource } from '../market/source.js';
import type { Timeframe } from '../market/timeframes.js';
import { MarketContextUnavailableError } from './errors.js';
import { buildMarketContext, MARKET_BASKET, MARKET_LEADER, type MarketContext } from './features/marketContext.js';

/**
 * The market context of a live call: the basket's last `count` closed candles (the candle cache makes this
 * one exchange request per member and timeframe, shared by every pair of a sweep). A member the market
 * cannot serve is left out of the basket; without the leader no call can be made, which the error says.
 */
export async function fetchMarketContext(market: MarketSource, timeframe: Timeframe, count: number): Promise<MarketContext> {
  const fetched = await Promise.allSettled(MARKET_BASKET.map((symbol) => market.fetchClosedCandles(symbol, timeframe, count)));
  const members = new Map<string, readonly Candle[]>();
  fetched.forEach((result, k) => {
    if (result.status === 'fulfilled') members.set(MARKET_BASKET[k]!, result.value);
  });
  const leader = fetched[MARKET_BASKET.indexOf(MARKET_LEADER)];
  if (leader?.status === 'rejected') {
    throw new MarketContextUnavailableError(`${MARKET_LEADER} ${timeframe} candles could not be fetched`, { cause: leader.reason });
  }
  return buildMarketContext(members, timeframe);
}

/** Contexts shared by the calls of one batch (a sweep): one fetch and one build per timeframe and candle count. */
export class MarketContextMemo {
  private readonly contexts = new Map<string, Promise<MarketContext>>();

  constructor(private readonly market: MarketSource) {}

  get(timeframe: Timeframe, count: number): Promise<MarketContext> {
    const key = `${timeframe}:${count}`;
    let context = this.contexts.get(key);
    if (!context) {
      context = fetchMarketContext(this.market, timeframe, count);
      this.contexts.set(key, context);
    }
    return context;
  }
}
