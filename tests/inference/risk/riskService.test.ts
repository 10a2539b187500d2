import { describe, expect, it } from 'vitest';
import { NotEnoughCandlesError } from '../../../inference/errors.js';
import { readFactors } from '../../../inference/risk/factorHistory.js';
import { FACTOR_CANDLES, FACTORS } from '../../../inference/risk/factors.js';
import { percentileOf } from '../../../inference/risk/percentiles.js';
import { loadRiskReference } from '../../../inference/risk/reference.js';
import { RiskService } from '../../../inference/risk/riskService.js';
import type { Candle } from '../../../market/candle.js';
import { UnknownSymbolError } from '../../../market/errors.js';
import type { MarketSource } from '../../../market/source.js';
import { syntheticCandles } from '../../../market/syntheticCandles.js';

const END = Date.UTC(2024, 3, 1, 12, 30);

/** A market of fixed closed candles per symbol that remembers the limits asked for. */
function marketOf(book: Record<string, Candle[]>): MarketSource & { limits: number[] } {
  const limits: number[] = [];
  return {
    name: 'stub',
    limits,
    listSymbols: async () => Object.keys(book),
    async fetchClosedCandles(symbol, _timeframe, limit) {
      const candles = book[symbol];
      if (!candles) throw new UnknownSymbolError(symbol, []);
      limits.push(limit);
      return candles.slice(-limit);
    },
  };
}

const hours = (count: number, volatility: number, seed: number) =>
  syntheticCandles({ count, timeframe: '1h', end: END, seed, volatility, startPrice: 50 });

async function service(book: Record<string, Candle[]>) {
  const market = marketOf(book);
  return { market, risk: new RiskService({ market, reference: await loadRiskReference('models') }) };
}

describe('the risk service', () => {
  it('scores a calm pair low and a wild pair high against the shipped reference', async () => {
    const { risk } = await service({ 'CALM/USDT': hours(300, 0.0005, 1), 'WILD/USDT': hours(300, 0.04, 2) });
    const calm = await risk.assess('CALM/USDT');
    const wild = await risk.assess('WILD/USDT');
    expect(calm.level).toBe('low');
    expect(['high', 'extreme']).toContain(wild.level);
    expect(wild.score - calm.score).toBeGreaterThan(40);
  });

  it('reports each factor at the last candle with its sub-score, and the score as their weighted sum', async () => {
    const candles = hours(300, 0.01, 3);
    const { risk } = await service({ 'MID/USDT': candles });
    const reference = await loadRiskReference('models');
    const report = await risk.assess('MID/USDT');
    const values = readFactors(candles.slice(-FACTOR_CANDLES));
    expect(report.factors.map((f) => f.name)).toEqual(FACTORS.map((f) => f.name));
    for (const f of report.factors) {
      expect(f.value).toBe(values[f.name]);
      expect(f.subScore).toBe(percentileOf(reference.quantiles[f.name], f.value));
      expect(f.ownPercentile).toBeGreaterThanOrEqual(0);
      expect(f.ownPercentile).toBeLessThanOrEqual(100);
    }
    expect(report.score).toBeCloseTo(report.factors.reduce((s, f) => s + f.weight * f.subScore, 0), 12);
    expect(report).toMatchObject({ symbol: 'MID/USDT', timeframe: '1h', candleTime: candles.at(-1)!.time });
    expect(report.reference).toEqual({ pairs: reference.built_from.pairs.length, from: reference.built_from.from, to: reference.built_from.to });
  });

  it('asks for 90 days of 1h candles plus one window, and reads its own percentiles over those 90 days', async () => {
    const { market, risk } = await service({ 'LONG/USDT': hours(3000, 0.01, 4) });
    const report = await risk.assess('LONG/USDT');
    expect(market.limits).toEqual([90 * 24 + FACTOR_CANDLES - 1]);
    expect(report.history).toEqual({ days: 90, readings: 2160 });
    expect(report.warnings.filter((w) => w.kind === 'short-history')).toEqual([]);
  });

  it('warns when a factor is in the top of the pair\'s own history', async () => {
    // Quiet for weeks, then a wild last day.
    const quiet = hours(1000, 0.002, 5);
    const wild = syntheticCandles({ count: 24, timeframe: '1h', end: END + 24 * 3_600_000, seed: 6, volatility: 0.05, startPrice: quiet.at(-1)!.close });
    const { risk } = await service({ 'JUMP/USDT': [...quiet, ...wild] });
    const report = await risk.assess('JUMP/USDT');
    expect(report.factors.find((f) => f.name === 'volatility')!.ownPercentile).toBe(100);
    expect(report.warnings).toContainEqual({ kind: 'unusual', factor: 'volatility', label: 'Volatility', topPercent: 1, days: 40 });
  });

  it('says when the pair\'s own history is short', async () => {
    const { risk } = await service({ 'NEW/USDT': hours(200, 0.01, 7) });
    const report = await risk.assess('NEW/USDT');
    expect(report.history).toEqual({ days: 5, readings: 129 });
    expect(report.warnings).toContainEqual({ kind: 'short-history', days: 5 });
  });

  it('refuses a pair with fewer candles than one reading needs', async () => {
    const { risk } = await service({ 'TINY/USDT': hours(FACTOR_CANDLES - 1, 0.01, 8) });
    await expect(risk.assess('TINY/USDT')).rejects.toBeInstanceOf(NotEnoughCandlesError);
  });

  it('passes on an unknown symbol from the market', async () => {
    const { risk } = await service({});
    await expect(risk.assess('NOPE/USDT')).rejects.toBeInstanceOf(UnknownSymbolError);
  });
});
