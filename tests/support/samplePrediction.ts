import type { Prediction } from '../../inference/prediction.js';

/** A plausible BTC 1h LONG; override any field. */
export function samplePrediction(overrides: Partial<Prediction> = {}): Prediction {
  return {
    symbol: 'BTC/USDT',
    timeframe: '1h',
    direction: 'LONG',
    confidence: 0.62,
    probabilities: { LONG: 0.62, NO_TRADE: 0.25, SHORT: 0.13 },
    entry: 43_210.54,
    atr: 150,
    stopLoss: 42_985.54,
    takeProfits: { tp1: 43_435.54, tp2: 43_660.54, tp3: 43_885.54 },
    tpEtaMinutes: 180,
    candleTime: Date.UTC(2024, 0, 15, 12),
    validUntil: Date.UTC(2024, 0, 15, 14),
    modelVersion: 'direction-1h@2024.01',
    modelHitRate: {
      rate: 0.541, breakevenRate: 0.524, meanNetReturn: 0.0012, meanNetReturnCi95: [-0.0005, 0.003], signals: 1_234,
      band: { from: 0.6, below: 0.65 }, legacy: false,
    },
    alertThreshold: 0.45,
    ...overrides,
  };
}
