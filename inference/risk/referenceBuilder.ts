import type { Candle } from '../../market/candle.js';
import { factorHistory, type FactorSamples } from './factorHistory.js';
import { FACTOR_SET, FACTORS, RISK_TIMEFRAME, type FactorName } from './factors.js';
import { quantiles } from './percentiles.js';
import type { RiskReference } from './reference.js';

/** Readings one candle apart overlap almost entirely; 6 hours apart still gives ~900 per pair, ~30,000 in all. */
export const REFERENCE_STRIDE = 6;
/** Enough to keep percentiles exact to well under a point, and the file a few KB. */
const SIGNIFICANT_DIGITS = 6;

/** The reference distribution: each factor's quantiles over every pair's whole 1h history, pooled. */
export function buildRiskReference(
  pairs: ReadonlyMap<string, readonly Candle[]>,
  stride = REFERENCE_STRIDE,
  now = new Date(),
): RiskReference {
  const pooled = Object.fromEntries(FACTORS.map((f) => [f.name, [] as number[]])) as FactorSamples;
  let readings = 0;
  let from = Infinity;
  let to = -Infinity;
  for (const candles of pairs.values()) {
    const history = factorHistory(candles, stride);
    if (history.readings === 0) continue;
    for (const f of FACTORS) pooled[f.name].push(...history.samples[f.name]);
    readings += history.readings;
    from = Math.min(from, candles[0]!.time);
    to = Math.max(to, candles[candles.length - 1]!.time);
  }
  if (readings === 0) throw new Error('no pair has enough 1h candles for one risk reading');
  const table = (name: FactorName) => quantiles(pooled[name]).map((v) => Number(v.toPrecision(SIGNIFICANT_DIGITS)));
  return {
    factor_set: FACTOR_SET,
    timeframe: RISK_TIMEFRAME,
    created_at: now.toISOString(),
    built_from: {
      pairs: [...pairs.keys()].sort(),
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      stride,
      readings,
    },
    quantiles: Object.fromEntries(FACTORS.map((f) => [f.name, table(f.name)])) as RiskReference['quantiles'],
  };
}
