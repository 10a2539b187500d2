import { describe, expect, it } from 'vitest';
import { NotEnoughCandlesError } from '../../../inference/errors.js';
import { CONDITIONS_CANDLES, readMarketConditions } from '../../../inference/status/marketConditions.js';
import { marketMood } from '../../../inference/status/mood.js';
import { candlesFromCloses, repeat } from '../risk/candles.js';

const QUIET = repeat([100, 100.1], CONDITIONS_CANDLES - 24);
const WILD = repeat([100, 108, 94, 103], 24);

describe('market conditions for /status', () => {
  it('reads a wild, thin last day after a quiet month as the top of its volatility and the bottom of its volume', () => {
    const volumes = [...repeat([100], CONDITIONS_CANDLES - 24), ...repeat([5], 24)];
    const candles = candlesFromCloses([...QUIET, ...WILD], { volumes });
    const market = readMarketConditions('BTC/USDT', candles);
    expect(market.volatilityPercentile).toBe(100);
    expect(market.volumePercentile).toBe(0);
    expect(market.volatility).toBeGreaterThan(0.2);
    expect(market.historyDays).toBe(30);
    expect(market.price).toBe(103);
    expect(market.candleTime).toBe(candles.at(-1)?.time);
    expect(market.quoteVolume24h).toBeCloseTo(5 * WILD.reduce((sum, c) => sum + c, 0), 6);
    expect(marketMood(market)).toEqual({ score: 0, label: 'tense' });
  });

  it('reads a quiet, busy last day after a wild month as calm and liquid', () => {
    const volumes = [...repeat([100], CONDITIONS_CANDLES - 24), ...repeat([1_000], 24)];
    const candles = candlesFromCloses([...repeat([100, 108, 94, 103], CONDITIONS_CANDLES - 24), ...repeat([100, 100.1], 24)], { volumes });
    const market = readMarketConditions('BTC/USDT', candles);
    expect(market.volatilityPercentile).toBe(0);
    expect(market.volumePercentile).toBe(100);
    expect(marketMood(market)).toEqual({ score: 100, label: 'upbeat' });
  });

  it('says how many days of history a short one holds, and refuses less than two days', () => {
    expect(readMarketConditions('NEW/USDT', candlesFromCloses(repeat([1, 1.01], 24 * 5))).historyDays).toBe(4);
    expect(() => readMarketConditions('NEW/USDT', candlesFromCloses(repeat([1, 1.01], 40)))).toThrow(NotEnoughCandlesError);
  });
});

describe('mood', () => {
  it('weighs calm and liquidity equally and labels the score by the thresholds', () => {
    expect(marketMood({ volatilityPercentile: 50, volumePercentile: 50 })).toEqual({ score: 50, label: 'steady' });
    expect(marketMood({ volatilityPercentile: 60, volumePercentile: 50 })).toEqual({ score: 45, label: 'cautious' });
    expect(marketMood({ volatilityPercentile: 80, volumePercentile: 30 })).toEqual({ score: 25, label: 'tense' });
    expect(marketMood({ volatilityPercentile: 20, volumePercentile: 70 })).toEqual({ score: 75, label: 'upbeat' });
  });
});
