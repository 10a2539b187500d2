import type { Explanation, IndicatorPush } from '../../inference/explain/explanation.js';
import type { IndicatorName } from '../../inference/explain/indicators.js';
import { samplePrediction } from './samplePrediction.js';

/** An indicator's pull on the call, as the explainer reports it. */
export function push(indicator: IndicatorName, towardCall: number): IndicatorPush {
  const effect = towardCall >= 0.005 ? 'toward' : towardCall <= -0.005 ? 'against' : 'little';
  return { indicator, shift: { LONG: towardCall, NO_TRADE: -towardCall, SHORT: 0 }, towardCall, effect };
}

/** A plausible "Why?" for samplePrediction(); override any field. */
export function sampleExplanation(overrides: Partial<Explanation> = {}): Explanation {
  return {
    prediction: samplePrediction(),
    window: 60,
    readings: {
      rsi: { value: 72.4, zone: 'overbought' },
      macd: { histogram: 0.0012, rising: true },
      volume: { z: 1.84, level: 'high' },
      volatility: { atrRel: 0.0123, typicalAtrRel: 0.0098, ratio: 1.255, level: 'high' },
      market: { btcMove: 1.24, basketMove: -0.3, breadth: 0.625 },
    },
    pushes: [push('rsi', 0.021), push('macd', 0.012), push('volume', 0.0003), push('volatility', -0.008), push('market', 0.015)],
    pushedToward: ['rsi', 'market', 'macd'],
    pushedAgainst: ['volatility'],
    ...overrides,
  };
}
