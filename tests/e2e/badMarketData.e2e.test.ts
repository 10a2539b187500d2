import { describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import type { CandleMap } from '../../market/candleFileWriter.js';
import { MARKET_NOW, syntheticMarket } from '../support/syntheticMarket.js';
import { useTelegram } from '../support/telegramHarness.js';

const HOUR = 3_600_000;

/** The synthetic market, where ETH's 1h feed has one impossible candle and BCH's 1h feed stopped hours ago. */
function faultyMarket(): CandleMap {
  const market = syntheticMarket();
  const eth = [...market.get('ETH/USDT')!.get('1h')!];
  const k = eth.length - 5;
  eth[k] = { ...eth[k]!, high: eth[k]!.low * 0.9 } satisfies Candle;
  market.get('ETH/USDT')!.set('1h', eth);
  const bch = market.get('BCH/USDT')!.get('1h')!.filter((c) => c.time < MARKET_NOW - 5 * HOUR);
  market.get('BCH/USDT')!.set('1h', bch);
  return market;
}

const { askText } = useTelegram({ app: { candles: faultyMarket() } });

describe('candles from the exchange that cannot be right', () => {
  it('a user asks for /predict eth 1h while its feed holds a high below the low, and is told so instead of getting a signal', async () => {
    expect(await askText(601, '/predict eth 1h')).toMatch(
      /^The exchange's ETH\/USDT 1h candles look wrong right now \(the candle of .* UTC has a high below its low\), so there is no signal from them/,
    );
  });

  it('a user asks for /predict bch 1h while its feed stopped hours ago, and is told it is stale', async () => {
    expect(await askText(602, '/predict bch 1h')).toMatch(/BCH\/USDT 1h candles look wrong right now \(the latest candle opened .* over 2 candles ago\)/);
  });

  it('the other pairs and timeframes are served as usual', async () => {
    expect(await askText(603, '/predict btc 1h')).toContain('BTC/USDT · 1h');
    expect(await askText(604, '/predict eth 4h')).toContain('ETH/USDT · 4h');
  });
});
