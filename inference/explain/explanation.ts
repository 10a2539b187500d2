import type { LoadedModel } from '../models/registry.js';
import type { Prediction } from '../prediction.js';
import type { IndicatorName } from './indicators.js';
import { occlusionShifts, type IndicatorShift } from './occlusion.js';
import { readIndicators, type IndicatorReadings } from './readings.js';

/** A shift of the call's probability smaller than this (in probability, 0.005 = half a point) counts as little. */
export const LITTLE_EFFECT = 0.005;

export interface IndicatorPush extends IndicatorShift {
  /** The shift of the predicted direction's probability. */
  towardCall: number;
  effect: 'toward' | 'against' | 'little';
}

/** "Why?" for a prediction: the readings the model saw and how much each indicator moved its call. */
export interface Explanation {
  prediction: Prediction;
  /** Candles in the model's window: the span the readings' typical levels and the re-runs cover. */
  window: number;
  readings: IndicatorReadings;
  /** In EXPLAINED_INDICATORS order. */
  pushes: IndicatorPush[];
  pushedToward: IndicatorName[];
  pushedAgainst: IndicatorName[];
}

/** Explains `prediction`, which `model` made from `window` (row-major [window, features]). */
export async function explainPrediction(model: LoadedModel, window: Float32Array, prediction: Prediction): Promise<Explanation> {
  const shifts = await occlusionShifts(model, window, prediction.probabilities);
  const pushes = shifts.map((s): IndicatorPush => {
    const towardCall = s.shift[prediction.direction];
    const effect = towardCall >= LITTLE_EFFECT ? 'toward' : towardCall <= -LITTLE_EFFECT ? 'against' : 'little';
    return { ...s, towardCall, effect };
  });
  const byStrength = [...pushes].sort((a, b) => Math.abs(b.towardCall) - Math.abs(a.towardCall));
  return {
    prediction,
    window: model.metadata.window,
    readings: readIndicators(window, model.metadata.features),
    pushes,
    pushedToward: byStrength.filter((p) => p.effect === 'toward').map((p) => p.indicator),
    pushedAgainst: byStrength.filter((p) => p.effect === 'against').map((p) => p.indicator),
  };
}
