import type { CandleMap } from '../../market/candleFileWriter.js';
import { MARKET_NOW, syntheticMarket } from './syntheticMarket.js';

const HOUR = 3_600_000;

/** The synthetic market, where ETH's 1h feed has one candle with its high below its low and BCH's 1h feed stopped 5 hours ago. */
export function faultyMarket(): CandleMap {
  const market = syntheticMarket();
  const eth = [...market.get('ETH/USDT')!.get('1h')!];
  const k = eth.length - 5;
  eth[k] = { ...eth[k]!, high: eth[k]!.low * 0.9 };
  market.get('ETH/USDT')!.set('1h', eth);
  const bch = market.get('BCH/USDT')!.get('1h')!.filter((c) => c.time < MARKET_NOW - 5 * HOUR);
  market.get('BCH/USDT')!.set('1h', bch);
  return market;
}
