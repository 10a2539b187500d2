import type { MarketSource } from '../../market/source.js';
import { NotEnoughCandlesError } from '../errors.js';
import { factorHistory, readFactors } from './factorHistory.js';
import { FACTOR_CANDLES, FACTORS, RISK_TIMEFRAME, type FactorName } from './factors.js';
import { percentileOf, quantiles } from './percentiles.js';
import type { RiskReference } from './reference.js';
import { riskWarnings, type FactorReading, type RiskReport } from './riskReport.js';
import { riskLevel, riskScore } from './score.js';

/** How far back "unusual for this pair" looks. */
const OWN_HISTORY_DAYS = 90;
const CANDLES_PER_DAY = 24;
const OWN_HISTORY_CANDLES = OWN_HISTORY_DAYS * CANDLES_PER_DAY;

export interface RiskServiceOptions {
  market: MarketSource;
  reference: RiskReference;
}

/** Risk of a pair now: factor values, their percentiles across many pairs and within this pair. */
export class RiskService {
  constructor(private readonly options: RiskServiceOptions) {}

  /** For a normalised symbol ('BTC/USDT'); throws UnknownSymbolError, MarketDataError, NotEnoughCandlesError. */
  async assess(symbol: string): Promise<RiskReport> {
    const need = OWN_HISTORY_CANDLES + FACTOR_CANDLES - 1;
    const candles = await this.options.market.fetchClosedCandles(symbol, RISK_TIMEFRAME, need);
    if (candles.length < FACTOR_CANDLES) {
      throw new NotEnoughCandlesError(symbol, RISK_TIMEFRAME, candles.length, FACTOR_CANDLES);
    }
    const current = readFactors(candles);
    // A reading at every candle of the last 90 days: 2,160 of them take ~10 ms.
    const own = factorHistory(candles, 1, OWN_HISTORY_CANDLES);
    const days = Math.max(1, Math.round(own.readings / CANDLES_PER_DAY));
    const factors: FactorReading[] = FACTORS.map((f) => {
      const value = current[f.name];
      if (!Number.isFinite(value)) throw new Error(`${symbol}: risk factor ${f.name} is ${value}`);
      return {
        name: f.name,
        label: f.label,
        weight: f.weight,
        unit: f.unit,
        value,
        subScore: percentileOf(this.options.reference.quantiles[f.name], value),
        ownPercentile: percentileOf(quantiles(own.samples[f.name]), value),
      };
    });
    const built = this.options.reference.built_from;
    const score = riskScore(Object.fromEntries(factors.map((f) => [f.name, f.subScore])) as Record<FactorName, number>);
    return {
      symbol,
      timeframe: RISK_TIMEFRAME,
      candleTime: candles[candles.length - 1]!.time,
      score,
      level: riskLevel(score),
      factors,
      history: { days, readings: own.readings },
      warnings: riskWarnings(factors, days),
      reference: { pairs: built.pairs.length, from: built.from, to: built.to },
    };
  }
}
