import { describe, expect, it } from 'vitest';
import { faultyMarket } from '../support/faultyMarket.js';
import { useTelegram } from '../support/telegramHarness.js';

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
