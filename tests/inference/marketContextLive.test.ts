import { describe, expect, it } from 'vitest';
import { WARMUP_CANDLES, latestWindow } from '../../inference/batchPrediction.js';
import { FEATURE_NAMES } from '../../inference/features/featureSet.js';
import type { Candle } from '../../market/candle.js';
import { MarketDataError } from '../../market/errors.js';
import type { MarketSource } from '../../market/source.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';

const END = Date.UTC(2024, 5, 1);
const COUNT = 60 + WARMUP_CANDLES;

/** An in-memory market of the given series (last `limit` of each), nothing else listed. */
function market(series: Record<string, Candle[]>): MarketSource {
  return {
    name: 'memory',
    listSymbols: async () => Object.keys(series),
    fetchClosedCandles: async (symbol, _timeframe, limit) => {
      const candles = series[symbol];
      if (!candles) throw new MarketDataError(`${symbol} is not listed`);
      return candles.slice(-limit);
    },
  };
}

const pair = (seed: number) => syntheticCandles({ count: COUNT, timeframe: '1h', end: END, seed });

describe('a live call reads the market around its pair', () => {
  it('works with BTC alone when the other basket pairs are not listed', async () => {
    const window = await latestWindow(market({ 'BTC/USDT': pair(1), 'AAA/USDT': pair(2) }), 'AAA/USDT', '1h', 60);
    expect(window.input).toHaveLength(60 * FEATURE_NAMES.length);
  });

  it('refuses with a clear reason when BTC/USDT cannot be fetched', async () => {
    await expect(latestWindow(market({ 'AAA/USDT': pair(2) }), 'AAA/USDT', '1h', 60)).rejects.toThrow(
      /market context unavailable: BTC\/USDT 1h candles could not be fetched/,
    );
  });

  it("refuses with a clear reason when BTC has no candle at the pair's last close", async () => {
    const late = market({ 'BTC/USDT': pair(1).slice(0, -1), 'AAA/USDT': pair(2) });
    await expect(latestWindow(late, 'AAA/USDT', '1h', 60)).rejects.toThrow(/market context unavailable: no BTC\/USDT 1h candle at /);
  });
});
